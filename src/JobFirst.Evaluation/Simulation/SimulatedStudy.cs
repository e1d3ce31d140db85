using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Simulation;

/// <summary>A whole simulated study in memory, before (or instead of) writing it to files.</summary>
/// <param name="Options">The options it was generated from.</param>
/// <param name="ExtractStart">First week of the register extract (156 weeks before the first visitation week).</param>
/// <param name="ExtractEnd">Last week of the register extract.</param>
/// <param name="Persons">Everybody with a register row or roster row, roster persons first in roster order.</param>
/// <param name="Sites">Sites with their planted effects.</param>
/// <param name="Tables">The roster (or participants) table and the scenario's auxiliary tables.</param>
/// <param name="PlantedHoursExitHazardRatio">
/// True treatment/control ratio of the weekly hazard of losing ordinary hours (JobFirst 0.77, seed 001:113-114);
/// 1 where the design has no arms.
/// </param>
public sealed record SimulatedStudy(
    SimulationOptions Options,
    IsoWeek ExtractStart,
    IsoWeek ExtractEnd,
    IReadOnlyList<SimulatedPerson> Persons,
    IReadOnlyList<SimulatedSite> Sites,
    IReadOnlyList<SimulatedTable> Tables,
    double PlantedHoursExitHazardRatio
)
{
    /// <summary>Number of weeks in the extract.</summary>
    public int Weeks => ExtractEnd - ExtractStart + 1;

    /// <summary>
    /// Index into <see cref="SimulatedPerson.Codes"/>/<see cref="SimulatedPerson.Hours"/> of event week
    /// <paramref name="eventWeek"/> (1 = visitation week) for <paramref name="person"/>, or −1 when that week
    /// lies outside the extract (censored).
    /// </summary>
    public int IndexOf(SimulatedPerson person, int eventWeek)
    {
        ArgumentNullException.ThrowIfNull(person);
        int i = person.VisitationWeek - ExtractStart + eventWeek - 1;
        return i >= 0 && i < Weeks ? i : -1;
    }
}
