namespace JobFirst.Evaluation.Estimators;

/// <summary>
/// The randomisation design a difference in means is analysed under. Chosen explicitly by the caller
/// (never inferred from which columns happen to be present); the estimator checks that the matching
/// block/cluster codes were supplied.
/// </summary>
public enum DimDesign
{
    /// <summary>Complete randomisation of individuals (estimatr design "Standard").</summary>
    Standard,

    /// <summary>
    /// Randomisation within blocks (e.g. sites). Blocks with two units each are matched pairs and use the
    /// matched-pair variance, as <c>estimatr::difference_in_means(blocks = )</c> does (design "Blocked" or "Matched-pair").
    /// </summary>
    Blocked,

    /// <summary>Whole clusters assigned to an arm (estimatr design "Clustered").</summary>
    Clustered,

    /// <summary>Clusters assigned within blocks (estimatr design "Block-clustered" or "Matched-pair clustered").</summary>
    BlockClustered,
}
