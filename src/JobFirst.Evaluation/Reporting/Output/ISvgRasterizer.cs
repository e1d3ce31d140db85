namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>Turns an SVG document into PNG bytes (the report writes a PNG beside every SVG when one is given).</summary>
public interface ISvgRasterizer
{
    /// <summary>Renderer name and version, recorded in the manifest (PNG bytes depend on them and on installed fonts).</summary>
    string Description { get; }

    /// <summary>Renders <paramref name="svg"/>; throws <see cref="InvalidOperationException"/> when the renderer fails.</summary>
    byte[] Render(string svg);
}
