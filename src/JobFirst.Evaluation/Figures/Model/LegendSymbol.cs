namespace JobFirst.Evaluation.Figures.Model;

/// <summary>The swatch drawn next to a legend label.</summary>
public enum LegendSymbol
{
    /// <summary>A short line segment.</summary>
    Line = 0,

    /// <summary>A filled translucent rectangle (bands).</summary>
    Area = 1,

    /// <summary>A filled opaque rectangle (bars).</summary>
    Box = 2,

    /// <summary>A point marker.</summary>
    Marker = 3,
}
