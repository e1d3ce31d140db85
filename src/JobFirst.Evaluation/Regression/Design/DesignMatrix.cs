using JobFirst.Evaluation.Regression.Formula;
using MathNet.Numerics.LinearAlgebra;

namespace JobFirst.Evaluation.Regression.Design;

/// <summary>
/// The model matrix of a formula on the used rows (R: <c>model.matrix</c> after <c>na.omit</c>), stored
/// row-major in one flat array, with the response, optional frequency weights and cluster codes aligned
/// to the same rows. Shared by the logistic and linear estimators. Immutable.
/// </summary>
public sealed class DesignMatrix
{
    private readonly double[] _values;
    private readonly double[] _response;
    private readonly double[]? _weights;
    private readonly int[]? _clusters;

    internal DesignMatrix(
        ModelFormula formula,
        double[] values,
        int rows,
        IReadOnlyList<DesignColumn> columns,
        IReadOnlyList<DesignTerm> terms,
        IReadOnlyList<ModelVariable> variables,
        double[] response,
        double[]? weights,
        int[]? clusters,
        int clusterCount,
        IReadOnlyList<int> usedRowIndices,
        MissingDataReport droppedRows
    )
    {
        Formula = formula;
        _values = values;
        Rows = rows;
        DesignColumns = columns;
        Terms = terms;
        Variables = variables;
        _response = response;
        _weights = weights;
        _clusters = clusters;
        ClusterCount = clusterCount;
        UsedRowIndices = usedRowIndices;
        DroppedRows = droppedRows;
        ColumnNames = [.. columns.Select(c => c.Name)];
    }

    /// <summary>The formula the matrix was built from.</summary>
    public ModelFormula Formula { get; }

    /// <summary>Number of used rows (observations).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (before any aliasing check).</summary>
    public int Columns => DesignColumns.Count;

    /// <summary>Row-major values: element (i, j) is at <c>i * Columns + j</c>.</summary>
    public ReadOnlyMemory<double> Values => _values;

    /// <summary>Column names in R's <c>model.matrix</c> order and naming (<c>(Intercept)</c>, <c>x</c>, <c>fLEVEL</c>, <c>x:fLEVEL</c>).</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Column definitions (which variables and levels multiply into each column).</summary>
    public IReadOnlyList<DesignColumn> DesignColumns { get; }

    /// <summary>Formula terms with their columns (the intercept is not a term).</summary>
    public IReadOnlyList<DesignTerm> Terms { get; }

    /// <summary>Right-hand-side variables (numeric or factor) with their values on the used rows.</summary>
    public IReadOnlyList<ModelVariable> Variables { get; }

    /// <summary>Index of the intercept column, or -1 without intercept.</summary>
    public int InterceptColumn => DesignColumns.Count > 0 && DesignColumns[0].IsIntercept ? 0 : -1;

    /// <summary>Response values on the used rows.</summary>
    public ReadOnlyMemory<double> Response => _response;

    /// <summary>Frequency weights on the used rows, or empty when unweighted.</summary>
    public ReadOnlyMemory<double> Weights => _weights;

    /// <summary>True when frequency weights were given.</summary>
    public bool HasWeights => _weights is not null;

    /// <summary>0-based cluster codes on the used rows, or empty when no cluster column was given.</summary>
    public ReadOnlyMemory<int> ClusterCodes => _clusters;

    /// <summary>Number of distinct clusters among used rows (0 when none).</summary>
    public int ClusterCount { get; }

    /// <summary>For each used row, its 0-based index in the input frame.</summary>
    public IReadOnlyList<int> UsedRowIndices { get; }

    /// <summary>How many rows were dropped for missing values, and in which columns.</summary>
    public MissingDataReport DroppedRows { get; }

    /// <summary>Element (row, column).</summary>
    public double this[int row, int column] => _values[row * Columns + column];

    /// <summary>A copy as a Math.NET dense matrix (column-major), e.g. for a linear-model solver.</summary>
    public Matrix<double> ToMatrix() => Matrix<double>.Build.Dense(Rows, Columns, (i, j) => _values[i * Columns + j]);

    /// <summary>Index of the variable called <paramref name="name"/>, or -1.</summary>
    public int VariableIndex(string name) =>
        Variables.Select((v, i) => (v, i)).FirstOrDefault(x => x.v.Name == name, (null!, -1)).Item2;

    internal double[] RawValues => _values;

    internal double[] RawResponse => _response;

    internal double[]? RawWeights => _weights;

    internal int[]? RawClusters => _clusters;
}
