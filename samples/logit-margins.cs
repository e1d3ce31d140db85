// Logistic regression with margins in the style of seed 004 ("Et mere rummeligt arbejdsmarked", no control group):
// which participants reach employment, education or a flexjob as their first outcome after visitation, by individual
// and municipality traits, reported as predicted probabilities and percentage-point contrasts (004:846: primary school
// 39% vs upper-secondary/vocational 64%). Municipality-level traits are perfectly collinear with the municipality
// dummies; they are dropped and reported, as in the report (004:1676-1678).
//
//   dotnet run samples/logit-margins.cs                # simulated 'rum' scenario (1,017 participants, 11 municipalities)
//   dotnet run samples/logit-margins.cs -- OUT         # simulated data into OUT/data; outputs in OUT
//   dotnet run samples/logit-margins.cs -- OUT DATA    # participants.csv, register.csv, hours.csv, codebook.csv in DATA
#:project ../src/JobFirst.Evaluation/JobFirst.Evaluation.csproj
#:property PublishAot=false

using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Regression;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Variance;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Simulation;

string output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jobfirst-samples", "logit-margins");
string data = args.Length > 1 ? args[1] : Path.Combine(output, "data");
if (args.Length < 2)
{
    StudySimulator.Run(SimulationOptions.For(SimulationScenario.Rum), data);
}

var rum = MonitoringStudy.Load(MonitoringFiles.InDirectory(data));

// The outcome: share reaching employment, education or flexjob first, by municipality (004 Figur 3).
var firstOutcomes = rum.FirstOutcomes();
Console.WriteLine(firstOutcomes);

// One row per participant: reached (1/0; missing when absent from the register) and the participant traits.
var frame = rum.FirstOutcomeFrame();
const string Formula =
    "reached ~ gender + age + C(education_level, ref=primary) + target_group + benefit_history_weeks"
    + " + self_belief + caseworker_belief + site + municipality_size";
var fit = frame.FitLogistic(Formula, new LogisticRegressionOptions(Variance: GlmVariance.ClusterR), clusters: "site");
Console.WriteLine(fit);
Console.WriteLine(
    $"aliased (collinear with the municipality dummies, dropped): {string.Join(", ", fit.AliasedColumns)}"
);

// Predicted probabilities and contrasts in percentage points, with delta-method SEs under the cluster variance.
var education = fit.Margins("education_level");
Console.WriteLine(education);
var primary = education.PredictiveMargins.Single(t => t.Term == "education_level=primary");
var vocational = education.PredictiveMargins.Single(t => t.Term == "education_level=upper_secondary_vocational");
Console.WriteLine(
    FormattableString.Invariant(
        $"predicted probability of reaching employment, education or flexjob: primary school {100 * primary.Estimate:0}% vs upper-secondary/vocational {100 * vocational.Estimate:0}%"
    )
);

// Average marginal effects of every factor as a forest plot (probability scale, 95% CIs); N = persons at the level.
string[] factors = ["education_level", "self_belief", "caseworker_belief", "target_group"];
var ames = factors
    .Select(fit.Margins)
    .SelectMany(m => m.AverageMarginalEffects.Select(t => (Variable: m.Variable, Term: t)))
    .ToList();
var rows = ames.Select(a =>
    {
        string level = a.Term.Term[(a.Term.Term.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(" - ")[0];
        int n = frame[a.Variable].Texts.Count(t => t == level);
        return ForestRow.FromTidy(a.Term.Term.Replace(" - ", " vs ", StringComparison.Ordinal), a.Term, n);
    })
    .ToList();
var figure = ForestPlotFigure.Build(
    rows,
    null,
    new FigureOptions { Title = "Average marginal effects on reaching an outcome first", Width = 960 }
);
Console.WriteLine($"wrote {figure.SaveSvg(Path.Combine(output, "logit-ames.svg"))}");

fit.ToTable().Save(Path.Combine(output, "logit-coefficients.csv"));
education.ToTable().Save(Path.Combine(output, "logit-margins-education.csv"));
Console.WriteLine($"wrote {firstOutcomes.ToResultTable().Save(Path.Combine(output, "first-outcome.csv"))}");
