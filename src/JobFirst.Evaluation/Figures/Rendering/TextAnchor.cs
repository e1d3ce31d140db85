namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>Horizontal alignment of text relative to its anchor point (SVG <c>text-anchor</c>).</summary>
public enum TextAnchor
{
    /// <summary>Text starts at the anchor.</summary>
    Start = 0,

    /// <summary>Text is centred on the anchor.</summary>
    Middle = 1,

    /// <summary>Text ends at the anchor.</summary>
    End = 2,
}
