namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>A canvas that records primitives in call order (the input of the SVG writer).</summary>
internal sealed class RecordingCanvas : ICanvas
{
    private readonly List<DrawCommand> _commands = [];
    private readonly List<KeyValuePair<string, PixelRect>> _clips = [];

    public IReadOnlyList<DrawCommand> Commands => _commands;

    public IReadOnlyList<KeyValuePair<string, PixelRect>> Clips => _clips;

    public void Line(PixelPoint first, PixelPoint second, Stroke stroke) =>
        _commands.Add(new LineCommand(first, second, stroke));

    public void Polyline(IReadOnlyList<PixelPoint> points, Stroke stroke)
    {
        if (points.Count >= 2)
        {
            _commands.Add(new PolylineCommand([.. points], stroke));
        }
    }

    public void Polygon(IReadOnlyList<PixelPoint> points, Fill fill, Stroke? stroke)
    {
        if (points.Count >= 3)
        {
            _commands.Add(new PolygonCommand([.. points], fill, stroke));
        }
    }

    public void Rectangle(PixelRect rect, Fill? fill, Stroke? stroke) =>
        _commands.Add(new RectangleCommand(rect, fill, stroke));

    public void Circle(PixelPoint center, double radius, Fill fill, Stroke? stroke) =>
        _commands.Add(new CircleCommand(center, radius, fill, stroke));

    public void Text(PixelPoint anchor, string text, TextStyle style)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _commands.Add(new TextCommand(anchor, text, style));
        }
    }

    public void BeginGroup(string name, PixelRect? clip)
    {
        string? clipId = null;
        if (clip is { } c)
        {
            // Ids follow creation order, so identical input gives identical ids.
            clipId = "clip" + (_clips.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _clips.Add(new KeyValuePair<string, PixelRect>(clipId, c));
        }
        _commands.Add(new BeginGroupCommand(name, clipId));
    }

    public void EndGroup() => _commands.Add(new EndGroupCommand());
}
