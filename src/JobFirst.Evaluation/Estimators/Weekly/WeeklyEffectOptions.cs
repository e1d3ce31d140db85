using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>Conventions of the weekly effects. Every default is estimatr's <c>difference_in_means</c> default.</summary>
public sealed record WeeklyEffectOptions
{
    /// <summary>Randomisation design, selected explicitly (default Standard: complete randomisation of persons).</summary>
    public DimDesign Design { get; init; } = DimDesign.Standard;

    /// <summary>SE formula, or null for the design's estimatr default (Neyman/Welch; CR2 when clustered).</summary>
    public DimStandardError? StandardError { get; init; }

    /// <summary>t (default, estimatr) or normal reference distribution.</summary>
    public IntervalMethod Interval { get; init; } = IntervalMethod.StudentT;

    /// <summary>Confidence level of the pointwise intervals (default 0.95).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Weeks in which an arm has fewer persons than this are suppressed (default 5).</summary>
    public int MinCell { get; init; } = 5;

    /// <summary>Simultaneous band across the weeks, or null for none.</summary>
    public SimultaneousBandOptions? Band { get; init; }

    /// <summary>Multiple-testing adjustment of the weekly p-values across the weeks (R <c>p.adjust</c>; default none).</summary>
    public PValueAdjustment? Adjustment { get; init; }

    /// <summary>
    /// How each week's effect is estimated (default the unadjusted difference in means). <see cref="EffectEstimator.Lin"/>
    /// and <see cref="EffectEstimator.Ols"/> adjust for <see cref="Covariates"/> on the complete cases.
    /// </summary>
    public EffectEstimator Estimator { get; init; } = EffectEstimator.DifferenceInMeans;

    /// <summary>
    /// Covariates of an adjusted estimator: roster columns (text columns are factors, treatment-coded) and the history
    /// covariates (<c>history_weeks_employed</c>, <c>history_weeks_self_supporting</c>, <c>history_weeks_sick</c>). Persons
    /// with a missing value in any of them are excluded and counted per column.
    /// </summary>
    public IReadOnlyList<string> Covariates { get; init; } = [];

    /// <summary>
    /// Coefficient variance of an adjusted estimator, or null for estimatr's default: <see cref="OlsVariance.HC2"/>, or
    /// <see cref="OlsVariance.CR2"/> in a cluster-assigned design (as <c>lm_lin</c> / <c>lm_robust</c>).
    /// </summary>
    public OlsVariance? Variance { get; init; }

    /// <summary>True for the covariate-adjusted estimators.</summary>
    public bool IsAdjusted => Estimator != EffectEstimator.DifferenceInMeans;

    /// <summary>The variance an adjusted estimator uses (the explicit choice or the design's default).</summary>
    public OlsVariance ResolvedVariance =>
        Variance ?? (Design is DimDesign.Clustered or DimDesign.BlockClustered ? OlsVariance.CR2 : OlsVariance.HC2);

    /// <summary>The core difference-in-means options these map to.</summary>
    internal DifferenceInMeansOptions ToDifferenceInMeansOptions(DimDesign design) =>
        new(design, StandardError, Interval, Level);

    internal void Validate()
    {
        if (Level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Level), Level, "Confidence level must lie in (0,1).");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCell, 1, nameof(MinCell));
        Band?.Validate();
        bool clustered = Design is DimDesign.Clustered or DimDesign.BlockClustered;
        if (!IsAdjusted)
        {
            if (Covariates.Count > 0 || Variance is not null)
            {
                throw new InputException(
                    "covariates and a regression variance need a covariate-adjusted estimator (lin or ols), not the difference in means"
                );
            }
            return;
        }
        if (StandardError is not null)
        {
            throw new InputException(
                $"the {Estimator} estimator takes its standard error from the regression variance (HC0-HC3, classical, CR0/stata/CR2), not a difference-in-means SE type"
            );
        }
        if (Band is not null)
        {
            throw new InputException(
                "the sup-t band is computed for the difference in means only; it is not available with covariate adjustment"
            );
        }
        if (Variance is { } v && v.IsClustered() != clustered)
        {
            throw new InputException(
                clustered
                    ? $"a cluster-assigned design needs a cluster-robust variance (CR2, stata, CR0), not {v.ToEstimatrSeType()}"
                    : $"variance {v.ToEstimatrSeType()} needs a cluster-assigned design (clusters)"
            );
        }
        var duplicate = Covariates.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputException($"covariate '{duplicate.Key}' is named more than once");
        }
    }
}
