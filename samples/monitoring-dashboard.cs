// A monitoring dashboard in the style of seed 003 ("Flere skal med", 88 municipalities, no control group): the result
// requirement (at least 40% of the target group in company-oriented activity, education or paid hours over three
// consecutive months; "84 of 88 municipalities met it", 003:27), the quarterly shares, the share ever in those
// statuses, and the baseline-versus-final survey of the municipalities (003:55-99). One figure: each municipality's
// best three-month share against the 40% line.
//
//   dotnet run samples/monitoring-dashboard.cs              # simulated 'monitoring' scenario; outputs in a temp folder
//   dotnet run samples/monitoring-dashboard.cs -- OUT       # simulated data into OUT/data; outputs in OUT
//   dotnet run samples/monitoring-dashboard.cs -- OUT DATA  # participants.csv, register.csv, hours.csv, codebook.csv, survey.csv
#:project ../src/JobFirst.Evaluation/JobFirst.Evaluation.csproj
#:property PublishAot=false

using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Statuses;
using JobFirst.Evaluation.Monitoring.Survey;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Simulation;

string output =
    args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jobfirst-samples", "monitoring-dashboard");
string data = args.Length > 1 ? args[1] : Path.Combine(output, "data");
if (args.Length < 2)
{
    StudySimulator.Run(SimulationOptions.For(SimulationScenario.Monitoring), data);
}

var monitoring = MonitoringStudy.Load(MonitoringFiles.InDirectory(data));
var panel = monitoring.MonthlyStatuses(); // internship, wage subsidy, SU or paid hours, month by month

// The result requirement: X of N municipalities.
var requirement = monitoring.ResultRequirement(panel, threshold: 0.40, months: 3);
Console.WriteLine(requirement.ToSummaryTable());
Console.WriteLine(
    $"{requirement.UnitsMeeting} of {requirement.UnitsAssessed} municipalities meet the result requirement ({requirement.ThresholdPercent} over {requirement.Months} months)"
);

// Quarterly shares for all municipalities together (the per-municipality rows are in the saved table).
var quarters = monitoring.StatusShares(panel, MonitoringPeriod.Quarter);
Console.WriteLine(
    ResultTable.FromRecords(
        "Share in the statuses by quarter, all municipalities",
        quarters.Rows.Where(r => r.Level == RowLevel.Total)
    )
);
var ever = monitoring.EverShares(panel);
Console.WriteLine(
    ResultTable.FromRecords(
        "Share ever in the statuses over the period",
        ever.Rows.Where(r => r.Level == RowLevel.Total)
    )
);

// Baseline versus final survey of the municipalities: McNemar for units answering both rounds.
var survey = monitoring.Survey(
    new Dictionary<string, SurveyThreshold> { ["caseload"] = SurveyThreshold.Parse("caseload<50").Threshold }
);
Console.WriteLine(survey);

// Figure: the best three-month share of each municipality, sorted, with the requirement as a line.
var shown = requirement.Rows.Where(r => r.BestShare is not null).OrderBy(r => r.BestShare).ToList();
var figure = new Figure
{
    Title = "Best three-month share per municipality",
    Width = 900,
    Height = 420,
};
var plot = figure.AddPanel();
var bars = plot.Add.Bars([.. shown.Select((_, i) => (double)(i + 1))], [.. shown.Select(r => r.BestShare!.Value)]);
bars.Label = "Municipality (sorted)";
var line = plot.Add.HorizontalLine(requirement.Threshold);
line.Color = Colors.Control;
line.Label = $"Requirement {requirement.ThresholdPercent}";
plot.Axes.Y.TickFormat = TickFormat.Percent;
plot.Axes.Y.RangeRule = AxisRangeRule.IncludeZero;
plot.Axes.Y.Label = "Best 3-month share";
plot.Axes.X.Label =
    $"Municipalities ({shown.Count} shown; {requirement.Rows.Count - shown.Count} suppressed or not assessed)";
Console.WriteLine($"wrote {figure.SaveSvg(Path.Combine(output, "requirement.svg"))}");

requirement.ToResultTable().Save(Path.Combine(output, "requirement.csv"));
quarters.ToResultTable().Save(Path.Combine(output, "quarters.csv"));
ever.ToResultTable().Save(Path.Combine(output, "ever.csv"));
Console.WriteLine($"wrote {survey.ToResultTable().Save(Path.Combine(output, "survey.csv"))}");
