using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Inference;

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
    }
}
