using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Reporting.Sections;

namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>The laid-out report: numbered figures and tables per section, as the Markdown and HTML writers see it.</summary>
internal sealed record ReportDocument(
    string Title,
    FigureLanguage Language,
    ReportText Text,
    int MinCell,
    string EngineVersion,
    string SpecName,
    IReadOnlyList<DocumentSection> Sections
)
{
    public int SuppressedCells =>
        Sections.Sum(s =>
            s.Figures.Sum(f => f.Source.Figure.SuppressedCount) + s.Tables.Sum(t => t.Source.SuppressedCells.Count)
        );

    public int SuppressedItems =>
        Sections.Sum(s =>
            s.Figures.Count(f => f.Source.Figure.SuppressedCount > 0)
            + s.Tables.Count(t => t.Source.SuppressedCells.Count > 0)
        );
}

/// <summary>One section of the laid-out report.</summary>
internal sealed record DocumentSection(
    string Key,
    string Heading,
    string Introduction,
    IReadOnlyList<DocumentFigure> Figures,
    IReadOnlyList<DocumentTable> Tables
);

/// <summary>A numbered figure: <c>figures/{Stem}.svg</c> (and <c>.png</c>).</summary>
internal sealed record DocumentFigure(int Number, string Stem, ReportFigure Source, string Svg, bool HasPng)
{
    public string SvgPath => "figures/" + Stem + ".svg";

    public string PngPath => "figures/" + Stem + ".png";
}

/// <summary>A numbered table: <c>tables/{Stem}.csv</c> and <c>.md</c>.</summary>
internal sealed record DocumentTable(int Number, string Stem, ReportTable Source)
{
    public string CsvPath => "tables/" + Stem + ".csv";

    public string MarkdownPath => "tables/" + Stem + ".md";
}
