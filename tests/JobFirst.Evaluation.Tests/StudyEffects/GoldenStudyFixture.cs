using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// The study behind the R golden values: the JobFirst simulator (seed 0, 1,200 persons, midterm extract, 3 roster persons
/// missing from the register) written to files and read back through <see cref="Study.Load"/>. Its panel is exported as
/// <c>golden_persons.csv</c> / <c>golden_weeks.csv</c> (plus the simulator's <c>sites.csv</c>), which
/// Golden/StudyEffects/generate.R reads. <c>JOBFIRST_REGENERATE_GOLDEN=1 dotnet test --filter StudyEffectsGolden</c>
/// rewrites them in the source tree (then run <c>Rscript generate.R</c> there).
/// </summary>
public sealed class GoldenStudyFixture : IDisposable
{
    public const int LastWeek = 44;

    private readonly TempDirectory _dir = new();

    public GoldenStudyFixture()
    {
        var options = new SimulationOptions(SimulationScenario.JobFirst, 0, Persons: 1200, MissingFromRegister: 3);
        StudySimulator.Run(options, _dir.Path);
        Study = Study.Load(StudyFiles.InDirectory(_dir.Path));
        SitesFile = _dir.File("sites.csv");
        PersonsCsv = ExportPersons(Study);
        WeeksCsv = ExportWeeks(Study);
        if (Environment.GetEnvironmentVariable("JOBFIRST_REGENERATE_GOLDEN") == "1")
        {
            string dir = RepoPaths.File("tests", "JobFirst.Evaluation.Tests", "Golden", "StudyEffects");
            File.WriteAllText(Path.Combine(dir, "golden_persons.csv"), PersonsCsv);
            File.WriteAllText(Path.Combine(dir, "golden_weeks.csv"), WeeksCsv);
            File.Copy(SitesFile, Path.Combine(dir, "golden_sites.csv"), overwrite: true);
        }
    }

    public Study Study { get; }

    public string SitesFile { get; }

    public string PersonsCsv { get; }

    public string WeeksCsv { get; }

    public IReadOnlyList<bool> Treated => Study.Treated;

    private static string ExportPersons(Study study)
    {
        var sb = new StringBuilder();
        var names = study.Roster.CovariateNames;
        sb.Append("person,arm,site,target_group,")
            .Append(string.Join(",", names))
            .Append(",visitation_year,linked,observed_weeks,")
            .Append(string.Join(",", BalanceEstimator.HistoryCovariates))
            .Append('\n');
        foreach (var p in study.Roster.Persons)
        {
            var h = study.Panel.History(p.Index);
            bool linked = study.Panel.IsLinked(p.Index);
            sb.Append(Inv($"{p.Index},{(p.Arm == Roster.Arm.Treatment ? 1 : 0)},{p.Site},{p.TargetGroup},"))
                .Append(string.Join(",", p.Covariates.Select(c => c ?? "NA")))
                .Append(Inv($",{p.VisitationDate.Year},{(linked ? 1 : 0)},{study.Panel.ObservedWeeks(p.Index)},"))
                .Append(linked ? Inv($"{h.WeeksEmployed},{h.WeeksSelfSupporting},{h.WeeksSick}") : "NA,NA,NA")
                .Append('\n');
        }
        return sb.ToString();
    }

    private static string ExportWeeks(Study study)
    {
        var sb = new StringBuilder("person,week,employed,hours,internship,active13\n");
        var panel = study.Panel;
        for (int p = 0; p < panel.PersonCount; p++)
        {
            int observed = Math.Min(panel.ObservedWeeks(p), LastWeek);
            for (int k = 1; k <= observed; k++)
            {
                sb.Append(
                    Inv(
                        $"{p},{k},{panel.Value(p, JobFirst.Evaluation.Indicators.WeeklyIndicator.Employed, k)},{((double)panel.Hours(p, k)).ToString("R", CultureInfo.InvariantCulture)},{panel.Value(p, JobFirst.Evaluation.Indicators.WeeklyIndicator.Internship, k)},{panel.Value(p, JobFirst.Evaluation.Indicators.WeeklyIndicator.Active13, k)}\n"
                    )
                );
            }
        }
        return sb.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _dir.Dispose();
}
