namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>One recorded drawing primitive.</summary>
internal abstract record DrawCommand;

internal sealed record LineCommand(PixelPoint From, PixelPoint To, Stroke Stroke) : DrawCommand;

internal sealed record PolylineCommand(IReadOnlyList<PixelPoint> Points, Stroke Stroke) : DrawCommand;

internal sealed record PolygonCommand(IReadOnlyList<PixelPoint> Points, Fill Fill, Stroke? Stroke) : DrawCommand;

internal sealed record RectangleCommand(PixelRect Rect, Fill? Fill, Stroke? Stroke) : DrawCommand;

internal sealed record CircleCommand(PixelPoint Center, double Radius, Fill Fill, Stroke? Stroke) : DrawCommand;

internal sealed record TextCommand(PixelPoint Anchor, string Text, TextStyle Style) : DrawCommand;

internal sealed record BeginGroupCommand(string Name, string? ClipId) : DrawCommand;

internal sealed record EndGroupCommand : DrawCommand;
