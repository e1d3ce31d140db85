namespace JobFirst.Evaluation.Indicators;

/// <summary>A person's first outcome after visitation (see <see cref="FirstOutcome"/>).</summary>
/// <param name="Outcome">Index of the outcome reached first (into the outcome list), or −1 when none was reached within the observed weeks.</param>
/// <param name="EventWeek">Event week of the first outcome (1 = the visitation week), or 0 when none.</param>
/// <param name="ObservedWeeks">Event weeks searched for the person (follow-up ends at the extract's end, a censoring exit, or the window's end).</param>
/// <param name="Tied">True when more than one outcome occurred in <paramref name="EventWeek"/> (the earliest-listed one was taken).</param>
/// <param name="Linked">False when the person is absent from the register (then nothing is known; excluded from shares).</param>
public readonly record struct FirstOutcomeRecord(int Outcome, int EventWeek, int ObservedWeeks, bool Tied, bool Linked)
{
    /// <summary>True when some outcome was reached.</summary>
    public bool Reached => Outcome >= 0;

    /// <summary>
    /// The ISO week of the first outcome for a person visited in <paramref name="visitationWeek"/> (the
    /// register's resolution is a week; its <see cref="Calendar.IsoWeek.Monday"/> is the earliest possible date),
    /// or null when none was reached.
    /// </summary>
    public Calendar.IsoWeek? CalendarWeek(Calendar.IsoWeek visitationWeek) =>
        Reached ? visitationWeek.AddWeeks(EventWeek - 1) : null;
}
