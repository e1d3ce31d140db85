using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// One simulated person as held in memory: design variables plus the weekly register cell and ordinary
/// hours for every week of the extract (index 0 = <see cref="SimulatedStudy.ExtractStart"/>).
/// </summary>
/// <param name="PersonId">Pseudonymous id such as <c>P000123</c>.</param>
/// <param name="Arm">Randomised arm; <c>null</c> in designs without a control group.</param>
/// <param name="VisitationDate">Visitation (randomisation) date; event week 1 is its ISO week.</param>
/// <param name="Site">Jobcentre or municipality.</param>
/// <param name="TargetGroup">Target or benefit group, e.g. <c>cash_benefit</c>, <c>resource_course</c>.</param>
/// <param name="InRoster">False for the register-only persons added to exercise linkage.</param>
/// <param name="InRegister">False for roster persons deliberately left out of the register.</param>
/// <param name="Codes">DREAM benefit code per extract week; 0 = blank cell (self-support).</param>
/// <param name="Categories">Codebook category per extract week (default codebook).</param>
/// <param name="Hours">Ordinary hours per extract week (0 when none).</param>
/// <param name="Traits">Covariates by roster column name (gender, birth_year, ...), as written.</param>
public sealed record SimulatedPerson(
    string PersonId,
    SimulatedArm? Arm,
    DateOnly VisitationDate,
    string Site,
    string TargetGroup,
    bool InRoster,
    bool InRegister,
    IReadOnlyList<short> Codes,
    IReadOnlyList<BenefitCategory> Categories,
    IReadOnlyList<double> Hours,
    IReadOnlyDictionary<string, string> Traits
)
{
    /// <summary>The ISO week of the visitation date (event week 1).</summary>
    public IsoWeek VisitationWeek => IsoWeek.FromDate(VisitationDate);
}
