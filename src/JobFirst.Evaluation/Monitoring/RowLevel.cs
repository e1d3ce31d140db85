namespace JobFirst.Evaluation.Monitoring;

/// <summary>Whether a row of a monitoring table describes one unit (municipality, benefit group) or all units together.</summary>
public enum RowLevel
{
    /// <summary>One unit (e.g. a municipality).</summary>
    Unit,

    /// <summary>All units together; range columns give the spread across the units ("variationsbredden", 004:453).</summary>
    Total,
}
