using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>Everything a variance recomputation needs after an OLS fit (kept columns only). Immutable after construction.</summary>
internal sealed record LinearFitState(
    DesignMatrix Design,
    IReadOnlyList<int> Kept,
    double[] X,
    int Rows,
    int K,
    double[] Y,
    double[]? Weights,
    double[] Beta,
    double[] Residuals,
    double[] Bread
)
{
    public double Weight(int i) => Weights?[i] ?? 1.0;

    /// <summary>n = Σ frequency weights (rows when unweighted).</summary>
    public double N => Weights?.Sum() ?? Rows;
}
