namespace JobFirst.Evaluation.Hours;

/// <summary>Receives the rows of roster persons from one chunk of an hours file (one instance per chunk).</summary>
internal interface IHoursRowSink
{
    /// <summary>
    /// One hours row of roster person <paramref name="person"/>: <paramref name="weeklyHours"/> in each of
    /// the <paramref name="weekCount"/> consecutive ISO weeks starting at absolute week index
    /// <paramref name="firstWeek"/> (1 week for weekly files, the month's 4 or 5 for monthly ones).
    /// </summary>
    void Add(int person, int firstWeek, int weekCount, float weeklyHours);
}
