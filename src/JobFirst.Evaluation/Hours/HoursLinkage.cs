namespace JobFirst.Evaluation.Hours;

/// <summary>What reading an hours file linked (counts only; no person identifiers).</summary>
/// <param name="RowsRead">Data rows read from the hours file.</param>
/// <param name="MatchedPersons">Roster persons with at least one row.</param>
/// <param name="HoursOnlyRows">Rows whose person is not in the roster (skipped).</param>
/// <param name="Resolution">Whether the hours came weekly or monthly.</param>
/// <param name="SourceFile">The file read, if any.</param>
public sealed record HoursLinkage(
    long RowsRead,
    int MatchedPersons,
    long HoursOnlyRows,
    HoursResolution Resolution,
    string? SourceFile
);
