namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>What <see cref="ReportRunner.Run(string, string, ReportOptions?, IProgress{ReportProgress}?)"/> wrote.</summary>
/// <param name="Directory">The report directory (absolute).</param>
/// <param name="Outputs">Every file except <c>manifest.json</c>, sorted by path.</param>
/// <param name="Suppressions">Items with suppressed cells.</param>
/// <param name="FigureCount">Figures written.</param>
/// <param name="TableCount">Tables written.</param>
public sealed record ReportSummary(
    string Directory,
    IReadOnlyList<ReportOutputFile> Outputs,
    IReadOnlyList<ReportSuppression> Suppressions,
    int FigureCount,
    int TableCount
);
