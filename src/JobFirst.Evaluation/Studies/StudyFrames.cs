using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Studies;

/// <summary>Person-level frames of a loaded trial for regressions in scripts.</summary>
public static class StudyFrames
{
    /// <summary>
    /// One row per roster person: the value of <paramref name="outcome"/> in event week <paramref name="week"/> (named
    /// after the indicator; NaN when the person is not followed that week, so a regression drops and counts the row),
    /// then <see cref="PersonFrames.FromRoster"/>'s columns and the history covariates <c>hist_weeks_employed</c>,
    /// <c>hist_weeks_self_supporting</c> and <c>hist_weeks_sick</c> (weeks −155..0). No person identifier.
    /// </summary>
    public static DataFrame PersonFrame(this Study study, WeeklyIndicator outcome, int week)
    {
        ArgumentNullException.ThrowIfNull(study);
        var panel = study.Panel;
        var values = new double[panel.PersonCount];
        for (int p = 0; p < values.Length; p++)
        {
            values[p] = panel.IsObserved(p, week) ? panel.Value(p, outcome, week) : double.NaN;
        }
        var roster = PersonFrames.FromRoster(study.Roster);
        var history = new[]
        {
            DataColumn.FromNumbers(
                "hist_weeks_employed",
                [.. Enumerable.Range(0, panel.PersonCount).Select(p => (double)panel.History(p).WeeksEmployed)]
            ),
            DataColumn.FromNumbers(
                "hist_weeks_self_supporting",
                [.. Enumerable.Range(0, panel.PersonCount).Select(p => (double)panel.History(p).WeeksSelfSupporting)]
            ),
            DataColumn.FromNumbers(
                "hist_weeks_sick",
                [.. Enumerable.Range(0, panel.PersonCount).Select(p => (double)panel.History(p).WeeksSick)]
            ),
        };
        var frame = new DataFrame([.. roster.Columns, .. history.Where(h => !roster.Contains(h.Name))]);
        return PersonFrames.WithOutcome(frame, outcome.ToName(), values);
    }
}
