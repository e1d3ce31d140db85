using System.Globalization;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Reporting.Tables;
using MathNet.Numerics;

namespace JobFirst.Evaluation.Regression.Linear;

/// <summary>
/// A fitted OLS model: tidy coefficients with t inference under the chosen <see cref="OlsVariance"/>, R², adjusted
/// R², the F test, n and dropped rows, and the choices that produced them (<c>estimatr::lm_robust</c>'s
/// <c>tidy</c> + <c>glance</c>). Immutable; <see cref="WithVariance"/> returns a new result.
/// </summary>
public sealed partial record LinearRegressionResult
{
    private LinearRegressionResult(LinearFitState state) => State = state;

    internal LinearFitState State { get; }

    /// <summary>The formula as written.</summary>
    public required string Formula { get; init; }

    /// <summary>Variance estimator behind <see cref="Coefficients"/>.</summary>
    public required OlsVariance Variance { get; init; }

    /// <summary>Confidence level of the intervals.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>Coefficients of the estimable columns in design order with R-style names.</summary>
    public required IReadOnlyList<TidyTerm> Coefficients { get; init; }

    /// <summary>Names of the estimated columns (same order as <see cref="Coefficients"/>).</summary>
    public required IReadOnlyList<string> ColumnNames { get; init; }

    /// <summary>Aliased (perfectly collinear) columns dropped, as R <c>lm</c>'s <c>NA</c> coefficients.</summary>
    public required IReadOnlyList<string> AliasedColumns { get; init; }

    /// <summary>Coefficient covariance, k×k row-major in <see cref="ColumnNames"/> order.</summary>
    public required IReadOnlyList<double> Covariance { get; init; }

    /// <summary>How the df of each coefficient were obtained.</summary>
    public required DegreesOfFreedomMethod DfMethod { get; init; }

    /// <summary>R² = 1 − RSS/TSS (TSS about the mean with an intercept, about zero without; R <c>summary.lm</c>).</summary>
    public required double RSquared { get; init; }

    /// <summary>1 − (1 − R²)(n − intercept)/(n − k).</summary>
    public required double AdjustedRSquared { get; init; }

    /// <summary>Joint test of all non-intercept coefficients under <see cref="Variance"/> (null when there are none).</summary>
    public required FTest? FStatistic { get; init; }

    /// <summary>Residual standard error √(RSS/(n − k)) (R's <c>sigma</c>).</summary>
    public required double Sigma { get; init; }

    /// <summary>Residual df n − k.</summary>
    public required double DfResidual { get; init; }

    /// <summary>n = Σ frequency weights (= rows when unweighted).</summary>
    public required double Observations { get; init; }

    /// <summary>Number of data rows used.</summary>
    public required int Rows { get; init; }

    /// <summary>Number of clusters when a cluster column was given, else 0.</summary>
    public required int Clusters { get; init; }

    /// <summary>Rows dropped for missing values and why.</summary>
    public required MissingDataReport DroppedRows { get; init; }

    /// <summary>The design the model was fitted on.</summary>
    public DesignMatrix Design => State.Design;

    /// <summary>Residuals y − Xβ on the used rows.</summary>
    public IReadOnlyList<double> Residuals => State.Residuals;

    /// <summary>The tidy row of one coefficient by name, or null.</summary>
    public TidyTerm? Coefficient(string name) => Coefficients.FirstOrDefault(c => c.Term == name);

    /// <summary>The same fit under another variance and/or confidence level (estimates unchanged).</summary>
    public LinearRegressionResult WithVariance(OlsVariance variance, double? confidenceLevel = null) =>
        Create(State, variance, confidenceLevel ?? ConfidenceLevel);

    /// <summary>Coefficients as a result table (tidy columns) with fit statistics and conventions in the metadata.</summary>
    public ResultTable ToResultTable(string title = "ols")
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["estimator"] = "ols",
            ["formula"] = Formula,
            ["se_type"] = Variance.ToString(),
            ["df_method"] = DfMethod.ToString(),
            ["reference"] = $"estimatr::lm_robust(se_type = \"{Variance.ToEstimatrSeType()}\")",
            ["level"] = ConfidenceLevel.ToString("R", CultureInfo.InvariantCulture),
            ["r_squared"] = RSquared.ToString("R", CultureInfo.InvariantCulture),
            ["adj_r_squared"] = AdjustedRSquared.ToString("R", CultureInfo.InvariantCulture),
            ["n_observations"] = Observations.ToString("R", CultureInfo.InvariantCulture),
            ["rows_dropped"] = DroppedRows.RowsDropped.ToString(CultureInfo.InvariantCulture),
            ["rows_dropped_reason"] = DroppedRows.Describe(),
            ["aliased"] = string.Join(" ", AliasedColumns),
        };
        if (FStatistic is { } f)
        {
            meta["f_statistic"] = f.Value.ToString("R", CultureInfo.InvariantCulture);
            meta["f_p_value"] = f.PValue.ToString("R", CultureInfo.InvariantCulture);
        }
        return new ResultTable(
            title,
            TidyTerm.ColumnNames,
            Coefficients.Select(t =>
                (IReadOnlyList<object?>)
                    [t.Term, t.Estimate, t.StdError, t.Statistic, t.PValue, t.ConfLow, t.ConfHigh, t.Df]
            ),
            meta
        );
    }

    internal static LinearRegressionResult Create(LinearFitState state, OlsVariance variance, double level)
    {
        var design = state.Design;
        int k = state.K;
        var (cov, df) = LinearVarianceCalculator.Compute(state, variance);
        var names = state.Kept.Select(j => design.ColumnNames[j]).ToList();
        var tidy = new List<TidyTerm>(k);
        for (int j = 0; j < k; j++)
        {
            tidy.Add(WaldInference.Compute(names[j], state.Beta[j], Math.Sqrt(cov[j * k + j]), df[j], level));
        }
        double n = state.N;
        bool hasIntercept = design.InterceptColumn >= 0;
        double sw = 0,
            swy = 0;
        for (int i = 0; i < state.Rows; i++)
        {
            sw += state.Weight(i);
            swy += state.Weight(i) * state.Y[i];
        }
        double ybar = hasIntercept ? swy / sw : 0;
        double rss = 0,
            tss = 0;
        for (int i = 0; i < state.Rows; i++)
        {
            double w = state.Weight(i);
            rss += w * state.Residuals[i] * state.Residuals[i];
            double d = state.Y[i] - ybar;
            tss += w * d * d;
        }
        double dfRes = n - k;
        double r2 = 1 - rss / tss;
        double adj = 1 - (1 - r2) * ((n - (hasIntercept ? 1 : 0)) / dfRes);
        int interceptPosition = hasIntercept ? state.Kept.ToList().IndexOf(design.InterceptColumn) : -1;
        var f = FTestOf(state, variance, cov, r2, dfRes, interceptPosition);
        var aliased = Enumerable
            .Range(0, design.Columns)
            .Where(j => !state.Kept.Contains(j))
            .Select(j => design.ColumnNames[j])
            .ToList();
        return new LinearRegressionResult(state)
        {
            Formula = design.Formula.Text,
            Variance = variance,
            ConfidenceLevel = level,
            Coefficients = tidy,
            ColumnNames = names,
            AliasedColumns = aliased,
            Covariance = cov,
            DfMethod = variance switch
            {
                OlsVariance.CR2 => DegreesOfFreedomMethod.BellMcCaffrey,
                OlsVariance.CR0 or OlsVariance.CR1Stata => DegreesOfFreedomMethod.ClustersMinusOne,
                _ => DegreesOfFreedomMethod.Residual,
            },
            RSquared = r2,
            AdjustedRSquared = adj,
            FStatistic = f,
            Sigma = Math.Sqrt(rss / dfRes),
            DfResidual = dfRes,
            Observations = n,
            Rows = state.Rows,
            Clusters = design.ClusterCount,
            DroppedRows = design.DroppedRows,
        };
    }

    private static FTest? FTestOf(
        LinearFitState state,
        OlsVariance variance,
        double[] cov,
        double r2,
        double dfRes,
        int intercept
    )
    {
        int k = state.K;
        var idx = Enumerable.Range(0, k).Where(j => j != intercept).ToList();
        int q = idx.Count;
        if (q == 0)
        {
            return null;
        }
        double den = variance.IsClustered() ? state.Design.ClusterCount - 1.0 : dfRes;
        double value;
        if (variance == OlsVariance.Classical)
        {
            value = r2 * dfRes / ((1 - r2) * q);
        }
        else
        {
            var sub = new double[q * q];
            for (int a = 0; a < q; a++)
            {
                for (int b = 0; b < q; b++)
                {
                    sub[a * q + b] = cov[idx[a] * k + idx[b]];
                }
            }
            if (!Numerics.Cholesky(sub, q))
            {
                value = double.NaN;
            }
            else
            {
                var beta = idx.Select(j => state.Beta[j]).ToArray();
                var sol = Numerics.CholeskySolve(sub, q, beta);
                value = beta.Zip(sol, (x, y) => x * y).Sum() / q;
            }
        }
        double p =
            double.IsFinite(value) && value >= 0 && den > 0
                ? SpecialFunctions.BetaRegularized(den / 2, q / 2.0, den / (den + q * value))
                : double.NaN;
        return new FTest(value, q, den, p);
    }
}
