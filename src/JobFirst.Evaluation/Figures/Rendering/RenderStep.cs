namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>A named stage of figure rendering (ScottPlot's render-manager steps), run in list order.</summary>
internal sealed record RenderStep(string Name, Action<RenderState> Run);
