using JobFirst.Evaluation.Estimators.Subgroups;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>
/// The block and cluster codes of each person for a blocked or cluster-assigned design (e.g. blocks = the roster's
/// <c>site</c> column, as randomisation within jobcentres). Persons with a missing code are excluded and counted.
/// </summary>
/// <param name="Blocks">Block per person, required for Blocked and BlockClustered designs.</param>
/// <param name="Clusters">Cluster per person, required for Clustered and BlockClustered designs.</param>
public sealed record DesignCodes(PersonGrouping? Blocks = null, PersonGrouping? Clusters = null)
{
    /// <summary>No blocks or clusters.</summary>
    public static DesignCodes None { get; } = new();

    /// <summary>Checks that the codes the design needs are present (and only those).</summary>
    public void Validate(DimDesign design)
    {
        bool needBlocks = design is DimDesign.Blocked or DimDesign.BlockClustered;
        bool needClusters = design is DimDesign.Clustered or DimDesign.BlockClustered;
        if (needBlocks && Blocks is null)
        {
            throw new Errors.InputException($"the {design} design needs block codes (--blocks COLUMN)");
        }
        if (needClusters && Clusters is null)
        {
            throw new Errors.InputException($"the {design} design needs cluster codes (--clusters COLUMN)");
        }
    }
}
