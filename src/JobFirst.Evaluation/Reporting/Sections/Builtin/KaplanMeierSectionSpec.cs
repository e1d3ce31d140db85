namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>kaplan_meier</c> section (plus the spell options of <see cref="SpellSectionSpec"/>; <c>spells</c> defaults to <c>first</c>).</summary>
public sealed record KaplanMeierSectionSpec : SpellSectionSpec
{
    /// <summary><c>spells</c> (default: time in spells of the status, "still in status") or <c>time_to_first</c> (time from visitation to the first week in status).</summary>
    public string Analysis { get; init; } = "spells";

    /// <summary>Interval scale as R <c>survfit(conf.type)</c>: <c>log</c> (default), <c>log-log</c> or <c>plain</c>.</summary>
    public string ConfType { get; init; } = "log";

    /// <summary>Restricted-mean horizon τ in weeks (default 52).</summary>
    public double Horizon { get; init; } = 52;

    /// <summary>Weeks at which survival and its between-arm difference are tabulated (default 13, 26, 52).</summary>
    public IReadOnlyList<int> At { get; init; } = [13, 26, 52];

    /// <summary>Weeks of the number-at-risk table under the figure (default 0, 13, 26, 39, 52, cut at the last week anyone is at risk); its last week is the figure's x range.</summary>
    public IReadOnlyList<int>? AtRisk { get; init; }

    /// <summary>Column of the spell table stratifying the log-rank test (e.g. <c>target_group</c>), or null.</summary>
    public string? Strata { get; init; }
}
