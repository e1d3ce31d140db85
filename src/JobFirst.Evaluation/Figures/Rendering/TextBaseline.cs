namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>Vertical alignment of text relative to its anchor point (applied as a y offset, which every SVG renderer honours).</summary>
public enum TextBaseline
{
    /// <summary>The anchor is on the alphabetic baseline.</summary>
    Alphabetic = 0,

    /// <summary>The anchor is at the middle of capital letters.</summary>
    Middle = 1,

    /// <summary>The anchor is at the top of capital letters.</summary>
    Top = 2,
}
