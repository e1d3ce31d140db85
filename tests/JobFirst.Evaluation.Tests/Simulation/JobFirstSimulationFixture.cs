using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Simulation;

namespace JobFirst.Evaluation.Tests.Simulation;

/// <summary>The default-seed JobFirst study (midterm extract), simulated once and summarised per event week and arm.</summary>
public sealed class JobFirstSimulationFixture
{
    public JobFirstSimulationFixture()
    {
        Study = StudySimulator.Simulate(SimulationOptions.For(SimulationScenario.JobFirst));
        Roster = Study.Persons.Where(p => p.InRoster).ToList();
        foreach (var p in Roster)
        {
            int first = Study.IndexOf(p, 1);
            int followed = Study.Weeks - first;
            var active = new bool[followed];
            for (int t = 0; t < followed; t++)
            {
                var c = p.Categories[first + t];
                active[t] = c is BenefitCategory.Internship or BenefitCategory.WageSubsidy || p.Hours[first + t] > 0;
            }
            var reached = new bool[followed];
            ContinuousActivity.Compute(active, reached);
            Active13[p.PersonId] = reached;
        }
    }

    public SimulatedStudy Study { get; }

    public List<SimulatedPerson> Roster { get; }

    public Dictionary<string, bool[]> Active13 { get; } = new(StringComparer.Ordinal);

    /// <summary>Mean of <paramref name="measure"/> at event week <paramref name="week"/> over followable persons of an arm.</summary>
    public double Mean(SimulatedArm arm, int week, Func<SimulatedPerson, int, double> measure)
    {
        double sum = 0;
        int n = 0;
        foreach (var p in Roster)
        {
            int i = Study.IndexOf(p, week);
            if (p.Arm == arm && i >= 0)
            {
                sum += measure(p, i);
                n++;
            }
        }
        return sum / n;
    }

    public double Employed(SimulatedArm arm, int week) => Mean(arm, week, (p, i) => p.Hours[i] > 0 ? 1 : 0);

    public double Hours(SimulatedArm arm, int week) => Mean(arm, week, (p, i) => p.Hours[i]);

    public double Share(SimulatedArm arm, int week, BenefitCategory category) =>
        Mean(arm, week, (p, i) => p.Categories[i] == category ? 1 : 0);

    public double Reached13(SimulatedArm arm, int week) =>
        Mean(arm, week, (p, _) => Active13[p.PersonId][week - 1] ? 1 : 0);

    public int Followable(int week) => Roster.Count(p => Study.IndexOf(p, week) >= 0);
}
