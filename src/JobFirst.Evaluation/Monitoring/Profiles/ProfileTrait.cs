namespace JobFirst.Evaluation.Monitoring.Profiles;

/// <summary>One trait (roster column) of a profile table.</summary>
/// <param name="Name">Roster column: a covariate, or <c>site</c> / <c>target_group</c>.</param>
/// <param name="Kind">Numeric (mean) or categorical (majority category and share).</param>
public sealed record ProfileTrait(string Name, TraitKind Kind);
