using JobFirst.Evaluation.Reporting.Spec;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>Options of the <c>survey</c> section (seed 003:55-99).</summary>
public sealed record SurveySectionSpec : SectionSpec
{
    /// <summary>Thresholds of measures that are not 0/1, e.g. <c>caseload&lt;50</c> (<c>&gt;= &gt; &lt;= &lt; =</c>).</summary>
    public IReadOnlyList<string> Thresholds { get; init; } = [];

    /// <summary>Measures analysed (default: all).</summary>
    public IReadOnlyList<string>? Measures { get; init; }

    /// <summary>The baseline round's name.</summary>
    public string BaselineRound { get; init; } = "baseline";

    /// <summary>The follow-up round's name.</summary>
    public string FinalRound { get; init; } = "final";

    /// <summary><c>auto</c> (default: McNemar when the same units answered both rounds, else prop.test), <c>mcnemar</c> or <c>prop</c>.</summary>
    public string Test { get; init; } = "auto";

    /// <summary>Continuity correction of the chi-square tests: <c>yates</c> (R's default) or <c>none</c>.</summary>
    public string Correct { get; init; } = "yates";
}
