namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>A progress notice from <see cref="ReportRunner"/>: <paramref name="Completed"/> of <paramref name="Total"/> steps of a phase done, now working on <paramref name="Item"/>.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Completed">Steps of the phase finished.</param>
/// <param name="Total">Steps in the phase.</param>
/// <param name="Item">What is being done now (a section id, a file name); never a person identifier.</param>
public sealed record ReportProgress(ReportPhase Phase, int Completed, int Total, string Item);
