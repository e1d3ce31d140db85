using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Estimators;

/// <summary>
/// Lin's (2013) covariate-adjusted treatment effect, as <c>estimatr::lm_lin(y ~ t, covariates = ~ x1 + x2)</c>: OLS of
/// y on an intercept, the 0/1 treatment, the covariate design columns centred at their (frequency-weighted) means,
/// and the treatment × centred-covariate interactions; the treatment coefficient estimates the average effect and
/// its HC2 (default; CR2 with clusters) SE is Lin's conservative robust SE. Factor covariates enter as their
/// treatment-contrast dummy columns, each centred, exactly as estimatr's model matrix. Column names follow estimatr:
/// <c>x_c</c> (or <c>(a:b)_c</c>) and <c>t:x_c</c>. When the covariates give no design column on these rows (a factor with
/// one level), the fit is OLS of y on 1 and t (estimatr would stop).
/// </summary>
public static class LinEstimator
{
    /// <summary>Fits Lin's interacted regression.</summary>
    /// <param name="data">Person-level data.</param>
    /// <param name="outcome">Outcome column.</param>
    /// <param name="treatment">Treatment column (numeric 0/1).</param>
    /// <param name="covariates">Right-hand side of the covariate formula, e.g. <c>"age + C(educ)"</c>.</param>
    /// <param name="designOptions">Cluster and/or frequency-weight columns.</param>
    /// <param name="options">Variance (default HC2, CR2 with clusters) and level.</param>
    public static LinEstimatorResult Fit(
        DataFrame data,
        string outcome,
        string treatment,
        string covariates,
        DesignOptions? designOptions = null,
        LinearRegressionOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(data);
        var formula = ModelFormula.Parse($"{outcome} ~ {treatment} + {covariates}");
        var base_ = DesignMatrixBuilder.Build(data, formula, designOptions);
        if (base_.InterceptColumn < 0)
        {
            throw new InputException("Lin's estimator needs an intercept");
        }
        var treatTerm = base_.Terms[0];
        if (treatTerm.Columns.Count != 1 || base_.Variables[0].Kind != VariableKind.Numeric)
        {
            throw new InputException($"treatment '{treatment}' must be one numeric 0/1 column");
        }
        int tc = treatTerm.Columns[0];
        int n = base_.Rows;
        int p = base_.Columns;
        var w = base_.RawWeights;
        for (int i = 0; i < n; i++)
        {
            if (base_[i, tc] is not (0.0 or 1.0))
            {
                throw new InputException(
                    $"treatment '{treatment}' must be 0 or 1 (data row {base_.UsedRowIndices[i] + 1})"
                );
            }
        }
        var covCols = Enumerable.Range(0, p).Where(j => j != base_.InterceptColumn && j != tc).ToList();
        // No covariate column (e.g. a factor with a single level among these rows): the regression of y on 1 and t, whose
        // HC2 SE is the Neyman SE (estimatr's lm_lin would stop: a one-level factor has no contrasts).
        int m = covCols.Count;
        double sw = w?.Sum() ?? n;
        var centers = new double[m];
        for (int a = 0; a < m; a++)
        {
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                s += (w?[i] ?? 1.0) * base_[i, covCols[a]];
            }
            centers[a] = s / sw;
        }
        int k = 2 + 2 * m;
        var values = new double[(long)n * k];
        var columnsData = new double[k - 1][];
        for (int j = 0; j < k - 1; j++)
        {
            columnsData[j] = new double[n];
        }
        for (int i = 0; i < n; i++)
        {
            double t = base_[i, tc];
            long o = (long)i * k;
            values[o] = 1;
            values[o + 1] = t;
            columnsData[0][i] = t;
            for (int a = 0; a < m; a++)
            {
                double xc = base_[i, covCols[a]] - centers[a];
                values[o + 2 + a] = xc;
                values[o + 2 + m + a] = t * xc;
                columnsData[1 + a][i] = xc;
                columnsData[1 + m + a][i] = t * xc;
            }
        }
        string tName = base_.ColumnNames[tc];
        var centredNames = covCols
            .Select(j => base_.ColumnNames[j])
            .Select(nm =>
                (
                    nm.Contains(':', StringComparison.Ordinal) || nm.Contains('(', StringComparison.Ordinal)
                        ? $"({nm})"
                        : nm
                ) + "_c"
            )
            .ToList();
        var names = new List<string> { "(Intercept)", tName };
        names.AddRange(centredNames);
        names.AddRange(centredNames.Select(c => $"{tName}:{c}"));
        var variables = new List<ModelVariable>();
        var columns = new List<DesignColumn> { new("(Intercept)", -1, []) };
        var terms = new List<DesignTerm>();
        for (int j = 1; j < k; j++)
        {
            variables.Add(new ModelVariable(names[j], columnsData[j - 1]));
            columns.Add(new DesignColumn(names[j], j - 1, [(j - 1, -1)]));
            terms.Add(new DesignTerm(names[j], [j]));
        }
        var design = new DesignMatrix(
            formula,
            values,
            n,
            columns,
            terms,
            variables,
            base_.RawResponse,
            w,
            base_.RawClusters,
            base_.ClusterCount,
            base_.UsedRowIndices,
            base_.DroppedRows
        );
        var fit = LinearRegression.Fit(design, options);
        var effect =
            fit.Coefficient(tName)
            ?? throw new InputException($"the treatment column '{tName}' is aliased (no variation in treatment)");
        return new LinEstimatorResult(
            fit,
            effect,
            covCols.Select((j, a) => (base_.ColumnNames[j], centers[a])).ToDictionary(x => x.Item1, x => x.Item2)
        );
    }
}
