using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// Builds the official event-time panel straight from a simulated study, skipping the files — for demos
/// and for checking that the file path (write, read, link, panel) and the in-memory path agree.
/// </summary>
public static class SimulatedPanel
{
    /// <summary>
    /// The event panel of the study's roster persons, in roster order (index i = i-th roster person);
    /// roster persons left out of the register stay unlinked, exactly as after reading the files.
    /// </summary>
    public static EventPanel ToEventPanel(this SimulatedStudy study, EventPanelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        var roster = Roster(study);
        var builder = new EventPanelBuilder(
            roster.Select(p => p.VisitationWeek).ToList(),
            new ExtractWindow(study.ExtractStart, study.ExtractEnd),
            options
        );
        var categories = new BenefitCategory[study.Weeks];
        var hours = new float[study.Weeks];
        for (int i = 0; i < roster.Count; i++)
        {
            var p = roster[i];
            if (!p.InRegister)
            {
                continue;
            }
            for (int w = 0; w < study.Weeks; w++)
            {
                categories[w] = p.Categories[w];
                hours[w] = (float)p.Hours[w];
            }
            builder.Add(i, categories, hours);
        }
        return builder.Build();
    }

    /// <summary>Per roster index (the panel's person index): true for the treatment arm.</summary>
    public static IReadOnlyList<bool> Treated(this SimulatedStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return Roster(study).Select(p => p.Arm == SimulatedArm.Treatment).ToList();
    }

    /// <summary>Roster persons in roster-file order.</summary>
    public static IReadOnlyList<SimulatedPerson> Roster(this SimulatedStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return study.Persons.Where(p => p.InRoster).ToList();
    }

    /// <summary>The week of the extract at index <paramref name="index"/> of a person's weekly arrays.</summary>
    public static IsoWeek WeekAt(this SimulatedStudy study, int index)
    {
        ArgumentNullException.ThrowIfNull(study);
        return study.ExtractStart.AddWeeks(index);
    }
}
