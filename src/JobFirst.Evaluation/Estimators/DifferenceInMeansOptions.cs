using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Estimators;

/// <summary>Conventions of a difference in means. Every default is estimatr's.</summary>
/// <param name="Design">Randomisation design; must match the block/cluster codes supplied.</param>
/// <param name="StandardError">
/// SE formula, or null for the design's estimatr default: <see cref="DimStandardError.Neyman"/> for Standard and
/// Blocked, <see cref="DimStandardError.MatchedPairs"/> for blocks of two, <see cref="DimStandardError.CR2"/>
/// for clustered designs. <see cref="DimStandardError.Classical"/> is allowed for Standard and Blocked designs.
/// </param>
/// <param name="Interval">t (estimatr) or normal reference distribution for p-values and intervals.</param>
/// <param name="Level">Confidence level in (0,1) (estimatr: 1 − alpha).</param>
/// <param name="Term">Name of the estimate in the tidy row (e.g. the treatment column's name).</param>
public sealed record DifferenceInMeansOptions(
    DimDesign Design = DimDesign.Standard,
    DimStandardError? StandardError = null,
    IntervalMethod Interval = IntervalMethod.StudentT,
    double Level = 0.95,
    string Term = "treatment"
)
{
    /// <summary>estimatr's defaults: Standard design, Neyman SE, Welch df, t interval, 95%.</summary>
    public static DifferenceInMeansOptions Default { get; } = new();
}
