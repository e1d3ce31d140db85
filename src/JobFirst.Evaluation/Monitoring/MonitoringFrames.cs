using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Monitoring;

/// <summary>Person-level frames of a design without a control group, for regressions in scripts (seed 004).</summary>
public static class MonitoringFrames
{
    /// <summary>
    /// One row per participant: <c>reached</c> = 1 when some outcome (default employment, education or flexjob,
    /// <see cref="OutcomeDefinition.Seed004"/>) is the first outcome after visitation within the observed weeks, 0
    /// when none is, NaN when the person is absent from the register (nothing is known; a regression drops and counts
    /// the row); <c>first_outcome</c> (the outcome's name, <c>none</c>, or missing), then
    /// <see cref="PersonFrames.FromRoster"/>'s columns. The logistic regressions of seed 004 (004:846) use
    /// <c>reached ~ individual traits + municipality traits</c>. No person identifier.
    /// </summary>
    public static DataFrame FirstOutcomeFrame(
        this MonitoringStudy study,
        IReadOnlyList<OutcomeDefinition>? outcomes = null,
        int fromWeek = 1,
        int? toWeek = null
    )
    {
        ArgumentNullException.ThrowIfNull(study);
        outcomes ??= OutcomeDefinition.Seed004;
        var records = study.FirstOutcomeRecords(outcomes, fromWeek, toWeek);
        var roster = PersonFrames.FromRoster(study.Participants);
        var first = DataColumn.FromTexts(
            "first_outcome",
            [.. records.Select(r => r.Linked ? (r.Reached ? outcomes[r.Outcome].Name : "none") : null)]
        );
        var frame = new DataFrame([first, .. roster.Columns.Where(c => c.Name != "first_outcome")]);
        return PersonFrames.WithOutcome(
            frame,
            "reached",
            [.. records.Select(r => r.Linked ? (r.Reached ? 1.0 : 0.0) : double.NaN)]
        );
    }
}
