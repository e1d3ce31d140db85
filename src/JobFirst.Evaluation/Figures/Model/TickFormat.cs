namespace JobFirst.Evaluation.Figures.Model;

/// <summary>How axis tick values are written.</summary>
public enum TickFormat
{
    /// <summary>Plain number with as many decimals as the tick step needs (at most 3).</summary>
    Number = 0,

    /// <summary>Values are proportions written as percentages (0.25 → 25%).</summary>
    Percent = 1,

    /// <summary>Values are proportions written as percentage points (0.05 → 5 pp; Danish "pct.point").</summary>
    PercentagePoints = 2,
}
