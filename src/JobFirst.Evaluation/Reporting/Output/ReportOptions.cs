using JobFirst.Evaluation.Reporting.Sections;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>How <see cref="ReportRunner"/> writes a report.</summary>
public sealed record ReportOptions
{
    /// <summary>The sections a spec may name (default: the built-in ones).</summary>
    public ReportSectionRegistry Registry { get; init; } = ReportSectionRegistry.Default;

    /// <summary>Renders a PNG beside every SVG; null writes SVG only.</summary>
    public ISvgRasterizer? Rasterizer { get; init; }
}
