namespace JobFirst.Evaluation.Simulation;

/// <summary>A small CSV table written beside the register (roster, sites, targets, survey, ...).</summary>
/// <param name="FileName">File name inside the output directory, e.g. <c>sites.csv</c>.</param>
/// <param name="Columns">Header fields.</param>
/// <param name="Rows">Rows, each with exactly <see cref="Columns"/>.Count invariant-culture fields.</param>
public sealed record SimulatedTable(
    string FileName,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows
);
