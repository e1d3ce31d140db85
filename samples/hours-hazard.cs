// The hazard of losing ordinary hours (seed 001:113-114: treated persons with ordinary hours are "23 pct. less likely
// to lose them"). Simulates the JobFirst trial to the final-report horizon (or reads a study folder given as the first
// argument), builds the spells of weeks with ordinary hours, and estimates how much less likely treated persons are to
// leave such a spell in a given week: Cox regression clustered by person, Kaplan-Meier curves by arm, and the
// discrete-time (cloglog) hazard on person-weeks.
//
//   dotnet run samples/hours-hazard.cs                 # simulated data; outputs in a temp folder
//   dotnet run samples/hours-hazard.cs -- OUT          # simulated data into OUT/data; outputs in OUT
//   dotnet run samples/hours-hazard.cs -- OUT DATA     # your roster/register/hours/codebook in DATA
#:project ../src/JobFirst.Evaluation/JobFirst.Evaluation.csproj
#:property PublishAot=false

using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Survival.Cox;
using JobFirst.Evaluation.Survival.DiscreteTime;
using JobFirst.Evaluation.Survival.KaplanMeier;
using JobFirst.Evaluation.Survival.Spells;

string output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jobfirst-samples", "hours-hazard");
string data = args.Length > 1 ? args[1] : Path.Combine(output, "data");
if (args.Length < 2)
{
    // About 1.5 years of follow-up, as the final summary note (seed 001).
    var options = SimulationOptions.For(SimulationScenario.JobFirst) with
    {
        ExtractEnd = IsoWeek.Parse("2018-W26"),
    };
    StudySimulator.Run(options, data);
}

var study = Study.Load(StudyFiles.InDirectory(data));
Console.WriteLine(study.Summary());

// 1. The headline: Cox model of leaving an ordinary-hours spell on treatment, Efron ties, SEs clustered by person.
var stability = study.LosingHoursHazard();
Console.WriteLine(stability.Describe());
Console.WriteLine();
Console.WriteLine(stability.Fit);

// 2. Kaplan-Meier: share of spells still running after t weeks, by arm, with a number-at-risk table.
var spells = SpellExtractor.Extract(study, new SpellOptions { Status = SpellStatus.Employed }).WithoutOngoingAtEntry();
var km = KaplanMeierEstimator.Fit(spells.ToSurvivalData("arm"));
var logRank = LogRankTest.Compute(spells.ToSurvivalData("arm"));
Console.WriteLine(km.SummaryTable(tau: 26, at: 13));
Console.WriteLine(
    FormattableString.Invariant(
        $"log-rank test: chi-square {logRank.ChiSquare:0.00} on {logRank.Df} df, p = {logRank.PValue:0.###e+0}"
    )
);
var figure = km.Plot(
    options: new FigureOptions
    {
        Title = "Spells of ordinary hours still running",
        ValueLabel = "Share of spells still running",
    }
);
Console.WriteLine($"wrote {figure.SaveSvg(Path.Combine(output, "hours-spells-km.svg"))}");

// 3. The same question as a discrete-time hazard: cloglog GLM on person-weeks with a weekly baseline.
var hazard = DiscreteTimeHazard.Fit(spells);
Console.WriteLine(hazard);
var ratio = hazard.Ratio("treatment");
Console.WriteLine(
    FormattableString.Invariant(
        $"discrete-time hazard ratio treatment/control: {ratio.Ratio:0.000} ({ratio.ConfLow:0.000}-{ratio.ConfHigh:0.000})"
    )
);

stability.ToTable().Save(Path.Combine(output, "stability.csv"));
km.SummaryTable(tau: 26, at: 13).Save(Path.Combine(output, "hours-spells-km.csv"));
Console.WriteLine($"wrote {hazard.ToResultTable().Save(Path.Combine(output, "hours-hazard.csv"))}");
