namespace JobFirst.Evaluation.Linkage;

/// <summary>One registration in a source to be linked by id.</summary>
/// <param name="Id">The linkage key (e.g. a CPR-like number); null or blank = no valid id.</param>
/// <param name="ExclusionReason">Why the record is left out before linking (e.g. "municipality outside the project"), or null.</param>
public sealed record LinkageRecord(string? Id, string? ExclusionReason = null)
{
    /// <summary>Omits the id so a stray log line never leaks it.</summary>
    public override string ToString() => $"LinkageRecord {{ ExclusionReason = {ExclusionReason} }}";
}
