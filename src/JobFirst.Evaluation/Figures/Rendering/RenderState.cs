using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>Mutable state passed between render steps of one rendering pass (never shared between passes).</summary>
internal sealed class RenderState(Figure figure)
{
    public Figure Figure { get; } = figure;

    public RecordingCanvas Canvas { get; } = new();

    public FigureLabels Labels { get; } = FigureLabels.For(figure.Language);

    public IReadOnlyList<string> TitleLines { get; set; } = [];

    public IReadOnlyList<string> FootnoteLines { get; set; } = [];

    public List<PanelLayout> Panels { get; } = [];

    public List<string> StepsRun { get; } = [];
}
