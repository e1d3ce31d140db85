namespace JobFirst.Evaluation.Indicators;

/// <summary>How a weekly indicator is summarised per person over a window of event weeks.</summary>
public enum WindowStatistic
{
    /// <summary>Mean over the window's weeks (e.g. mean weekly hours over weeks 27–78).</summary>
    Mean,

    /// <summary>Sum over the window's weeks (e.g. weeks employed in the first year = sum of <c>employed</c> over weeks 1–52).</summary>
    Sum,

    /// <summary>1 if the indicator is positive in any week of the window, else 0 (e.g. ever employed by week K).</summary>
    Ever,
}
