namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>A rendered figure: size, accessible title and description, clip regions and primitives in paint order.</summary>
internal sealed record Drawing(
    double Width,
    double Height,
    string Title,
    string Description,
    IReadOnlyList<KeyValuePair<string, PixelRect>> Clips,
    IReadOnlyList<DrawCommand> Commands,
    IReadOnlyList<string> StepNames
);
