using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Simulation;
using Xunit.Abstractions;

namespace JobFirst.Evaluation.Tests.Simulation;

/// <summary>The rum (seed 004) and monitoring (seed 003) scenarios reproduce their reports' headline numbers.</summary>
public sealed class RumAndMonitoringCalibrationTests(ITestOutputHelper output)
{
    private static bool Reached(SimulatedStudy study, SimulatedPerson p)
    {
        for (int k = 1; ; k++)
        {
            int i = study.IndexOf(p, k);
            if (i < 0)
            {
                return false;
            }
            if (p.Hours[i] > 0 || p.Categories[i] is BenefitCategory.StudentGrant or BenefitCategory.Flexjob)
            {
                return true;
            }
        }
    }

    [Fact]
    public void Rum_reaches_employment_education_or_flexjob_for_46_7_percent_with_municipal_spread()
    {
        var study = StudySimulator.Simulate(SimulationOptions.For(SimulationScenario.Rum));
        var roster = study.Persons.Where(p => p.InRoster).ToList();
        Assert.Equal(1017, roster.Count);
        Assert.Equal(11, roster.Select(p => p.Site).Distinct().Count());
        double overall = roster.Average(p => Reached(study, p) ? 1.0 : 0.0);
        var byMunicipality = roster
            .GroupBy(p => p.Site)
            .Select(g => g.Average(p => Reached(study, p) ? 1.0 : 0.0))
            .ToList();
        double primary = roster
            .Where(p => p.Traits["education_level"] == "primary")
            .Average(p => Reached(study, p) ? 1.0 : 0.0);
        double upper = roster
            .Where(p => p.Traits["education_level"] == "upper_secondary_vocational")
            .Average(p => Reached(study, p) ? 1.0 : 0.0);
        output.WriteLine(
            $"overall {overall:P1}, municipalities {byMunicipality.Min():P1}..{byMunicipality.Max():P1}, primary {primary:P1}, upper-secondary/vocational {upper:P1}"
        );
        Assert.InRange(overall, 0.437, 0.497);
        Assert.InRange(byMunicipality.Min(), 0.10, 0.32);
        Assert.InRange(byMunicipality.Max(), 0.52, 0.72);
        Assert.InRange(upper - primary, 0.12, 0.38);
    }

    [Fact]
    public void Rum_registrations_reproduce_the_data_discrepancy_table()
    {
        // 004:1498-1511, Tabel 1: DFDG 1,046 observations, 1,025 valid; Tools 1,049, 1,046 valid; discrepancy 21.
        var study = StudySimulator.Simulate(SimulationOptions.For(SimulationScenario.Rum));
        var dfdg = study
            .Tables.Single(t => t.FileName == "registration_dfdg.csv")
            .Rows.Select(r => new LinkageRecord(r[0]))
            .ToList();
        var tools = study
            .Tables.Single(t => t.FileName == "registration_tools.csv")
            .Rows.Select(r => new LinkageRecord(r[0], r[3] == "1" ? "test person" : null))
            .ToList();
        var result = TwoSourceLinkage.Link(dfdg, tools, "DFDG", "Tools");
        Assert.Equal(
            (1046, 1049, 1025, 1046, 21),
            (result.ObservationsA, result.ObservationsB, result.ValidA, result.ValidB, result.OnlyInB)
        );
    }

    [Fact]
    public void Monitoring_result_requirement_is_met_by_about_84_of_88_municipalities()
    {
        var study = StudySimulator.Simulate(SimulationOptions.For(SimulationScenario.Monitoring));
        var months = Enumerable.Range(0, 24).Select(m => new YearMonth(2017 + m / 12, 1 + m % 12)).ToList();
        var monthIndex = Enumerable
            .Range(0, study.Weeks)
            .Select(i => months.IndexOf(study.ExtractStart.AddWeeks(i).Month))
            .ToArray();
        int met = 0;
        foreach (var group in study.Persons.Where(p => p.InRoster).GroupBy(p => p.Site))
        {
            // Bit m of a person's mask: active in some week of month m (week-to-month by Thursday).
            var masks = group
                .Select(p =>
                {
                    int mask = 0;
                    for (int i = 0; i < study.Weeks; i++)
                    {
                        var c = p.Categories[i];
                        int m = monthIndex[i];
                        if (
                            m >= 0
                            && (
                                p.Hours[i] > 0
                                || c
                                    is BenefitCategory.Internship
                                        or BenefitCategory.WageSubsidy
                                        or BenefitCategory.StudentGrant
                            )
                        )
                        {
                            mask |= 1 << m;
                        }
                    }
                    return mask;
                })
                .ToList();
            double best = 0;
            for (int start = 0; start + 3 <= months.Count; start++)
            {
                int window = 7 << start;
                best = Math.Max(best, masks.Average(mask => (mask & window) != 0 ? 1.0 : 0.0));
            }
            met += best >= 0.40 ? 1 : 0;
        }
        output.WriteLine($"municipalities meeting the requirement: {met} of {study.Sites.Count}");
        Assert.Equal(88, study.Sites.Count);
        Assert.InRange(met, 82, 86);
    }
}
