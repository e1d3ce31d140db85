// The midterm effect report of the JobFirst trial (seed 000, extract to 2016-W52): weekly levels by arm, the
// treatment - control effect per event week with 95% pointwise and simultaneous (sup-t) bands, the 13-week indicator
// read out the way the report does ("significant from week 14"), the hours distribution in week 35, and the balance
// table. Simulates the trial (or reads your files), prints the tables and writes CSVs and SVG figures.
//
//   dotnet run samples/midterm-effects.cs               # simulated data; outputs in a temp folder
//   dotnet run samples/midterm-effects.cs -- OUT        # simulated data into OUT/data; outputs in OUT
//   dotnet run samples/midterm-effects.cs -- OUT DATA   # roster.csv, register.csv, hours.csv, codebook.csv in DATA
#:project ../src/JobFirst.Evaluation/JobFirst.Evaluation.csproj
#:property PublishAot=false

using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;

string output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jobfirst-samples", "midterm-effects");
string data = args.Length > 1 ? args[1] : Path.Combine(output, "data");
if (args.Length < 2)
{
    StudySimulator.Run(SimulationOptions.For(SimulationScenario.JobFirst), data); // the midterm extract, 2016-W52
}

var study = Study.Load(StudyFiles.InDirectory(data));
Console.WriteLine(study.Summary());
Console.WriteLine(study.Linkage);

// Weekly effects of the report's outcomes over event weeks 1-44, estimatr's difference in means per week, with a sup-t
// band so "the whole curve" can be read at 95% too.
WeeklyIndicator[] outcomes =
[
    WeeklyIndicator.Internship,
    WeeklyIndicator.WageSubsidy,
    WeeklyIndicator.Hours,
    WeeklyIndicator.Employed,
    WeeklyIndicator.Active13,
];
var weekly = study.Effects(
    outcomes,
    new WeekRange(1, 44),
    options: new WeeklyEffectOptions { Band = new SimultaneousBandOptions() }
);
var active13 = weekly.Single(e => e.Outcome == "active13");
Console.WriteLine(active13);

// The report's read-out: the effect at weeks 35 and 44, and the first week from which every later week is significant.
foreach (int week in new[] { 14, 35, 44 })
{
    var e = active13.Effects.Single(w => w.Week == week);
    Console.WriteLine(
        e.Result is { } r
            ? FormattableString.Invariant(
                $"13-week indicator, week {week}: {100 * e.MeanTreated:0.0}% vs {100 * e.MeanControl:0.0}%, effect {100 * r.Estimate:0.0} pp (95% CI {100 * r.ConfLow:0.0} to {100 * r.ConfHigh:0.0}), n = {e.NFollowed}"
            )
            : $"13-week indicator, week {week}: suppressed ({e.Note ?? "fewer than 5 persons in an arm"})"
    );
}
var estimated = active13.Effects.Where(e => e.Result is not null).ToList();
int? from = estimated
    .Select(e => e.Week)
    .Where(k => estimated.Where(e => e.Week >= k).All(e => e.Result!.PValue < 0.05))
    .Cast<int?>()
    .FirstOrDefault();
Console.WriteLine(
    $"13-week indicator: significant at 5% from week {from?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(never)"}"
);

// Figures: the two-panel effect figure (seed 000 Figs 5, 6, 8), in English and in Danish for the report.
Console.WriteLine($"wrote {active13.Plot().SaveSvg(Path.Combine(output, "active13-effect.svg"))}");
active13
    .Plot(
        new FigureOptions
        {
            Language = FigureLanguage.Danish,
            Title = "13 ugers sammenhængende virksomhedsrettet aktivitet",
        }
    )
    .SaveSvg(Path.Combine(output, "active13-effect-da.svg"));
weekly.Single(e => e.Outcome == "hours").Plot().SaveSvg(Path.Combine(output, "hours-effect.svg"));
weekly.Single(e => e.Outcome == "internship").PlotLevels().SaveSvg(Path.Combine(output, "internship-levels.svg"));
active13.PlotPersonsFollowed().SaveSvg(Path.Combine(output, "persons-followed.svg"));

// Hours distribution in week 35 (Fig 7) and the balance table.
var hours35 = study.HoursDistribution(35);
Console.WriteLine(hours35);
hours35.Plot().SaveSvg(Path.Combine(output, "hours-week35.svg"));
var balance = study.Balance();
Console.WriteLine(balance);
balance.Plot().SaveSvg(Path.Combine(output, "balance.svg"));

// Tables: all outcomes in one tidy CSV, and a Danish CSV (';' and decimal comma) for spreadsheets.
var table = WeeklyEffects.ToTable(weekly);
table.Save(Path.Combine(output, "weekly-effects.csv"));
table.Save(Path.Combine(output, "weekly-effects-da.csv"), TableDialect.Danish);
balance.ToTable().Save(Path.Combine(output, "balance.csv"));
Console.WriteLine($"wrote {table.RowCount} rows to {Path.Combine(output, "weekly-effects.csv")}");
