using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>A figure of a section with its caption.</summary>
/// <param name="Id">Item id within the section (file name <c>{section id}-{Id}.svg</c>; empty = the section id alone).</param>
/// <param name="Figure">The figure (built with the context's language and min_cell, so its small points are already suppressed).</param>
/// <param name="Caption">Generated caption: what is shown, n, weeks, conventions.</param>
public sealed record ReportFigure(string Id, Figure Figure, string Caption);
