// Subgroup and site analysis of the JobFirst trial at the final-report horizon (seed 001, about 1.5 years of follow-up):
// effects by target group (cash benefit significant, resource course not, 001:83-85), by gender and age band, with the
// test of equal effects; per-jobcentre effects with Cochran's Q, I², empirical-Bayes estimates and meta-regressions on
// jobcentre traits (control-group success rate, internship share, caseload; 001:119-126). Forest plots and a
// meta-regression figure as SVG.
//
//   dotnet run samples/subgroups-and-sites.cs              # simulated data; outputs in a temp folder
//   dotnet run samples/subgroups-and-sites.cs -- OUT       # simulated data into OUT/data; outputs in OUT
//   dotnet run samples/subgroups-and-sites.cs -- OUT DATA  # roster, register, hours, codebook and sites.csv in DATA
#:project ../src/JobFirst.Evaluation/JobFirst.Evaluation.csproj
#:property PublishAot=false

using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Estimators.Sites;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Sites;
using JobFirst.Evaluation.Studies;

string output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jobfirst-samples", "subgroups-and-sites");
string data = args.Length > 1 ? args[1] : Path.Combine(output, "data");
if (args.Length < 2)
{
    var options = SimulationOptions.For(SimulationScenario.JobFirst) with { ExtractEnd = IsoWeek.Parse("2018-W26") };
    StudySimulator.Run(options, data);
}
var study = Study.Load(StudyFiles.InDirectory(data));

// The outcome as the final note reads it: the share with ordinary hours in weeks 66-78 (about 1.5 years), per person
// averaged over the window; only persons followed through week 78 count (the complete-window rule).
var window = WindowSpec.Parse("66:78:mean");

foreach (var by in new[] { "target_group", "gender", "age_band" })
{
    var subgroups = study.Subgroups(WeeklyIndicator.Employed, by, window: window);
    Console.WriteLine(subgroups);
    subgroups.ToTable().Save(Path.Combine(output, $"subgroups-{by}.csv"));
    subgroups.Plot().SaveSvg(Path.Combine(output, $"subgroups-{by}.svg"));
}

// Jobcentres: per-site effects, random-effects pooling (REML, as metafor), and one meta-regression per trait,
// including the derived "effect on internship in weeks 20-30" (about 4 of 10 extra internships turn into hours).
var sites = study.Sites(
    WeeklyIndicator.Employed,
    window,
    SiteTableReader.Read(Path.Combine(data, "sites.csv")),
    new SiteAnalysisOptions
    {
        Method = MetaMethod.Reml,
        Traits = ["control_success_rate", "internship_share", "caseload", "effect:internship@20:30"],
    }
);
Console.WriteLine(sites);
sites.Plot().SaveSvg(Path.Combine(output, "sites-forest.svg"));
sites.Plot(shrunken: true).SaveSvg(Path.Combine(output, "sites-forest-eb.svg"));
sites.PlotTrait("control_success_rate").SaveSvg(Path.Combine(output, "sites-control-success.svg"));
sites.SiteEffectsTable().Save(Path.Combine(output, "sites.csv"));
sites.HeterogeneityTable().Save(Path.Combine(output, "sites-heterogeneity.csv"));
Console.WriteLine($"wrote {sites.MetaRegressionTable().Save(Path.Combine(output, "sites-meta-regression.csv"))}");
