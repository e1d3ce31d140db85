using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Variance;

namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>
/// A fitted logistic regression: tidy coefficient table under the chosen variance (z inference, df = ∞),
/// odds ratios, fit statistics and the choices that produced them. Immutable; <see cref="WithVariance"/>
/// returns a new result.
/// </summary>
public sealed partial record LogisticRegressionResult
{
    private LogisticRegressionResult(LogisticFitState state) => State = state;

    internal LogisticFitState State { get; }

    /// <summary>The formula as written.</summary>
    public required string Formula { get; init; }

    /// <summary>Link function (logit, or complementary log-log).</summary>
    public GlmLink Link => State.Data.Link;

    /// <summary>Maximum likelihood or Firth.</summary>
    public required GlmFitMethod Method { get; init; }

    /// <summary>Variance estimator behind <see cref="Coefficients"/>.</summary>
    public required GlmVariance Variance { get; init; }

    /// <summary>Confidence level of the intervals.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>Coefficients (log-odds) of the estimable columns in design order, R-style names.</summary>
    public required IReadOnlyList<TidyTerm> Coefficients { get; init; }

    /// <summary>
    /// exp(coefficient) with exponentiated intervals, same order as <see cref="Coefficients"/>: odds ratios
    /// for the logit link, hazard ratios for the complementary log-log link on person-period data.
    /// </summary>
    public required IReadOnlyList<OddsRatio> OddsRatios { get; init; }

    /// <summary>Names of the estimated columns (same order as <see cref="Coefficients"/>).</summary>
    public required IReadOnlyList<string> ColumnNames { get; init; }

    /// <summary>Aliased (perfectly collinear) columns dropped from the fit, as R's <c>NA</c> coefficients.</summary>
    public required IReadOnlyList<string> AliasedColumns { get; init; }

    /// <summary>Coefficient covariance, k×k row-major in <see cref="ColumnNames"/> order.</summary>
    public required IReadOnlyList<double> Covariance { get; init; }

    /// <summary>Log-likelihood ℓ = Σ w [y log μ + (1−y) log(1−μ)] at the estimate (for Firth: the unpenalised ℓ).</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>Residual deviance −2ℓ.</summary>
    public required double Deviance { get; init; }

    /// <summary>Null deviance: intercept-only model (μ = weighted mean of y) with an intercept, μ = ½ without (R's <c>null.deviance</c>).</summary>
    public required double NullDeviance { get; init; }

    /// <summary>AIC = −2ℓ + 2k (R's <c>AIC</c>).</summary>
    public required double Aic { get; init; }

    /// <summary>BIC = −2ℓ + k log n with n = Σw (R's <c>BIC</c> for unweighted fits; Stata's <c>estat ic</c> with fweights).</summary>
    public required double Bic { get; init; }

    /// <summary>McFadden's pseudo-R² = 1 − ℓ/ℓ₀ (Stata's <c>logit</c> "Pseudo R2").</summary>
    public required double McFaddenR2 { get; init; }

    /// <summary>Likelihood-ratio test against the null model (Stata's <c>LR chi2</c>): deviance drop on k − intercept df.</summary>
    public required LikelihoodRatioTest NullTest { get; init; }

    /// <summary>Iterations used (IRLS or Firth steps).</summary>
    public required int Iterations { get; init; }

    /// <summary>True when the convergence rule was met within the iteration limit.</summary>
    public required bool Converged { get; init; }

    /// <summary>Number of observations n = Σ frequency weights (= rows when unweighted).</summary>
    public required double Observations { get; init; }

    /// <summary>Number of data rows used.</summary>
    public required int Rows { get; init; }

    /// <summary>Number of clusters when a cluster column was given, else 0.</summary>
    public required int Clusters { get; init; }

    /// <summary>Rows dropped for missing values and why.</summary>
    public required MissingDataReport DroppedRows { get; init; }

    /// <summary>The design the model was fitted on.</summary>
    public DesignMatrix Design => State.Design;

    /// <summary>The same fit with another variance estimator and/or confidence level (estimates unchanged).</summary>
    public LogisticRegressionResult WithVariance(GlmVariance variance, double? confidenceLevel = null)
    {
        double level = confidenceLevel ?? ConfidenceLevel;
        var cov = GlmVarianceCalculator.Compute(State, variance);
        var (tidy, odds) = Table(State, cov, level);
        return this with
        {
            Variance = variance,
            ConfidenceLevel = level,
            Coefficients = tidy,
            OddsRatios = odds,
            Covariance = cov,
        };
    }

    internal static LogisticRegressionResult Create(
        LogisticFitState state,
        LogisticRegressionOptions options,
        int iterations,
        bool converged
    )
    {
        var d = state.Data;
        var design = state.Design;
        double ll = LogisticKernels.LogLikelihood(d, state.Eta);
        double n = d.TotalWeight;
        double nullLl;
        if (design.InterceptColumn >= 0)
        {
            double sy = 0;
            for (int i = 0; i < d.N; i++)
            {
                sy += d.Weight(i) * d.Y[i];
            }
            double ybar = sy / n;
            nullLl = (ybar <= 0 || ybar >= 1) ? 0 : sy * Math.Log(ybar) + (n - sy) * Math.Log(1 - ybar);
        }
        else if (d.Link == GlmLink.Logit)
        {
            nullLl = n * Math.Log(0.5);
        }
        else
        {
            // R: the null model without intercept has η = 0, μ = linkinv(0).
            double mu0 = LogisticKernels.Mu(d.Link, 0);
            double sy = 0;
            for (int i = 0; i < d.N; i++)
            {
                sy += d.Weight(i) * d.Y[i];
            }
            nullLl = sy * Math.Log(mu0) + (n - sy) * Math.Log(1 - mu0);
        }
        int k = state.Kept.Count;
        int lrDf = k - (design.InterceptColumn >= 0 ? 1 : 0);
        var cov = GlmVarianceCalculator.Compute(state, options.Variance);
        var (tidy, odds) = Table(state, cov, options.ConfidenceLevel);
        return new LogisticRegressionResult(state)
        {
            Formula = design.Formula.Text,
            Method = options.Method,
            Variance = options.Variance,
            ConfidenceLevel = options.ConfidenceLevel,
            Coefficients = tidy,
            OddsRatios = odds,
            ColumnNames = [.. state.Kept.Select(j => design.ColumnNames[j])],
            AliasedColumns =
            [
                .. Enumerable.Range(0, design.Columns).Except(state.Kept).Select(j => design.ColumnNames[j]),
            ],
            Covariance = cov,
            LogLikelihood = ll,
            Deviance = -2 * ll,
            NullDeviance = -2 * nullLl,
            Aic = -2 * ll + 2 * k,
            Bic = -2 * ll + k * Math.Log(n),
            McFaddenR2 = 1 - ll / nullLl,
            NullTest = LikelihoodRatioTest.FromLogLikelihoods(nullLl, ll, lrDf),
            Iterations = iterations,
            Converged = converged,
            Observations = n,
            Rows = d.N,
            Clusters = design.ClusterCount,
            DroppedRows = design.DroppedRows,
        };
    }

    private static (List<TidyTerm>, List<OddsRatio>) Table(LogisticFitState state, double[] cov, double level)
    {
        int k = state.Kept.Count;
        var tidy = new List<TidyTerm>(k);
        var odds = new List<OddsRatio>(k);
        for (int a = 0; a < k; a++)
        {
            string name = state.Design.ColumnNames[state.Kept[a]];
            var t = WaldInference.Compute(
                name,
                state.Beta[a],
                Math.Sqrt(cov[a * k + a]),
                double.PositiveInfinity,
                level
            );
            tidy.Add(t);
            odds.Add(new OddsRatio(name, Math.Exp(t.Estimate), Math.Exp(t.ConfLow), Math.Exp(t.ConfHigh)));
        }
        return (tidy, odds);
    }
}
