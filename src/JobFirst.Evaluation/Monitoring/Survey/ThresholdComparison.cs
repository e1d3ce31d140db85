namespace JobFirst.Evaluation.Monitoring.Survey;

/// <summary>How a survey answer is compared with its threshold.</summary>
public enum ThresholdComparison
{
    /// <summary><c>value &gt;= t</c> ("at least 60 pct. have a CV").</summary>
    AtLeast,

    /// <summary><c>value &gt; t</c> ("more than 60 pct.").</summary>
    Above,

    /// <summary><c>value &lt;= t</c>.</summary>
    AtMost,

    /// <summary><c>value &lt; t</c> ("caseload below 40").</summary>
    Below,

    /// <summary><c>value == t</c> (a 0/1 answer equal to 1: the default for binary measures).</summary>
    Equal,
}
