namespace JobFirst.Evaluation.Figures.Model;

/// <summary>Where a panel's legend is drawn.</summary>
public enum LegendPosition
{
    /// <summary>In a row below the x-axis label, outside the data area (never covers data).</summary>
    Below = 0,

    /// <summary>Inside the data area, upper-left corner.</summary>
    UpperLeft = 1,

    /// <summary>Inside the data area, upper-right corner.</summary>
    UpperRight = 2,

    /// <summary>Inside the data area, lower-left corner.</summary>
    LowerLeft = 3,

    /// <summary>Inside the data area, lower-right corner.</summary>
    LowerRight = 4,

    /// <summary>No legend.</summary>
    Hidden = 5,
}
