namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>One file of a written report.</summary>
/// <param name="Path">Path relative to the report directory, with <c>/</c> separators.</param>
/// <param name="Kind"><c>figure_svg</c>, <c>figure_png</c>, <c>table_csv</c>, <c>table_markdown</c>, <c>report_markdown</c>, <c>report_html</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file.</param>
/// <param name="Bytes">File size.</param>
public sealed record ReportOutputFile(string Path, string Kind, string Sha256, long Bytes);
