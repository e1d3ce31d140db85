using System.Text;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Regression;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Survival.Cox;
using JobFirst.Evaluation.Survival.KaplanMeier;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Tests.Culture;

/// <summary>
/// Key outputs of the library and the CLI, written into one folder. Compiled into the test assembly (run in-process,
/// invariant globalization mode) and into <c>JobFirst.Evaluation.CultureProbe</c> (an app with ICU globalization that
/// sets a current culture first), so the test can compare the folders byte for byte: parsing and output must not
/// depend on the current culture, only on the dialect the caller asks for.
/// </summary>
internal static class CultureOutputs
{
    /// <summary>Factor levels whose order differs between ordinal, invariant-linguistic and Danish ("aa" = "å") sorting.</summary>
    public static readonly string[] TrickyLevels = ["Aabenraa", "aarhus", "Zealand", "Ærø", "b-side", "B_side"];

    /// <param name="dir">Output folder (created).</param>
    /// <param name="cli">Runs <c>jobfirst-eval</c> with the arguments; returns the exit code and stdout.</param>
    public static void Write(string dir, Func<string[], (int Code, string Stdout)> cli)
    {
        Directory.CreateDirectory(dir);
        void Text(string name, string content) =>
            File.WriteAllText(
                Path.Combine(dir, name),
                content,
                new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
            );

        // 1. A result table in every format and both dialects.
        var table = new ResultTable(
            "culture; check",
            ["term", "estimate", "n", "share", "flag", "note"],
            [
                new object?[] { "treatment", 1234.5678, 2407, 0.125, true, "a;b,c" },
                new object?[] { "control", -1.5e-7, 2449L, double.NaN, false, null },
                new object?[] { "ø", 1e7, 3, double.PositiveInfinity, false, "æøå" },
            ],
            new Dictionary<string, string> { ["level"] = "0.95" }
        );
        foreach (var dialect in new[] { TableDialect.Invariant, TableDialect.Danish })
        {
            foreach (var ext in new[] { ".csv", ".json", ".md", ".txt" })
            {
                table.Save(Path.Combine(dir, $"table-{dialect}{ext}".ToLowerInvariant()), dialect);
            }
        }

        // 2. Parsing: an invariant CSV and a Danish ';' CSV with decimal commas read to the same numbers.
        var parsed = DataFrameReader.Read(
            new StringReader("x,y,when\n1.5,2e-3,2016-03-07\n-0.25,1000,2016-12-31\n"),
            "a.csv"
        );
        var danish = DataFrameReader.Read(new StringReader("x;y\n1,5;0,002\n-0,25;1000\n"), "b.csv");
        Text(
            "parsed.txt",
            string.Join(
                "\n",
                parsed["x"]
                    .Numbers.ToArray()
                    .Concat(parsed["y"].Numbers.ToArray())
                    .Concat(danish["x"].Numbers.ToArray())
                    .Concat(danish["y"].Numbers.ToArray())
                    .Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            )
                + "\n"
                + string.Join(",", parsed["when"].Texts)
                + "\n"
        );

        // 3. Regressions and estimators on a factor whose level order depends on how strings are sorted.
        int n = 180;
        var region = Enumerable.Range(0, n).Select(i => TrickyLevels[i % TrickyLevels.Length]).ToArray();
        var x = Enumerable.Range(0, n).Select(i => ((i * 37) % 23) / 7.0).ToArray();
        var treated = Enumerable.Range(0, n).Select(i => (i * 7 + i / 6) % 2 == 0).ToArray();
        var y = Enumerable
            .Range(0, n)
            .Select(i => ((i * 13) % 5 + (treated[i] ? 2 : 0) + x[i]) > 4.5 ? 1.0 : 0.0)
            .ToArray();
        var time = Enumerable.Range(0, n).Select(i => 1.0 + (i * 11) % 17).ToArray();
        var frame = new DataFrame([
            DataColumn.FromNumbers("y", y),
            DataColumn.FromNumbers("x", x),
            DataColumn.FromTexts("region", region),
            DataColumn.FromNumbers("treatment", [.. treated.Select(t => t ? 1.0 : 0.0)]),
            DataColumn.FromNumbers("time", time),
        ]);
        var csv = new StringBuilder("y,x,region,treatment,time\n");
        for (int i = 0; i < n; i++)
        {
            csv.Append(FormattableString.Invariant($"{y[i]},{x[i]:R},{region[i]},{(treated[i] ? 1 : 0)},{time[i]}\n"));
        }
        Text("frame.csv", csv.ToString());
        var logit = frame.FitLogistic("y ~ region + x");
        logit.ToTable().Save(Path.Combine(dir, "logit.csv"));
        Text("logit.txt", logit.ToString());
        logit.Margins("region").ToTable().Save(Path.Combine(dir, "margins.csv"));
        frame.FitLinear("y ~ region * x").ToTable().Save(Path.Combine(dir, "ols.csv"));
        DifferenceInMeans
            .Estimate([.. y], [.. treated], region, null, new DifferenceInMeansOptions { Design = DimDesign.Blocked })
            .ToTable()
            .Save(Path.Combine(dir, "dim-blocked.csv"));
        CoxRegression
            .Fit(frame, new CoxSpecification("~ treatment + x", "time", "y", Strata: ["region"]))
            .ToTable()
            .Save(Path.Combine(dir, "cox-strata.csv"));

        // 4. Figures in both languages.
        var weeks = Enumerable.Range(1, 30).ToList();
        var levels = new WeeklyArmSeries(
            weeks,
            [.. weeks.Select(w => 0.02 * w)],
            [.. weeks.Select(w => 0.012 * w)],
            [.. weeks.Select(w => 3000 - 90 * w)],
            [.. weeks.Select(w => 3000 - 90 * w)]
        );
        var effect = new EffectSeries(
            weeks,
            [.. weeks.Select(w => 0.008 * w)],
            [.. weeks.Select(w => 0.008 * w - 0.03)],
            [.. weeks.Select(w => 0.008 * w + 0.03)]
        );
        foreach (var language in new[] { FigureLanguage.English, FigureLanguage.Danish })
        {
            EffectFigure
                .Build(levels, effect, new FigureOptions { Language = language, Title = "Effekt på 13 uger" })
                .SaveSvg(Path.Combine(dir, $"effect-{language}.svg".ToLowerInvariant()));
        }

        // 5. A simulated study read back through the readers, its tables, a figure and the stability model.
        string sim = Path.Combine(dir, "sim");
        StudySimulator.Run(SimulationOptions.For(SimulationScenario.JobFirst) with { Persons = 300 }, sim);
        var study = Study.Load(StudyFiles.InDirectory(sim));
        study.Summary().Save(Path.Combine(dir, "study-summary.csv"));
        study.Indicators(maxWeek: 44).Save(Path.Combine(dir, "indicators.csv"));
        study
            .Indicators([WeeklyIndicator.Hours], maxWeek: 20)
            .Save(Path.Combine(dir, "hours-da.txt"), TableDialect.Danish);
        study
            .PlotLevels(
                WeeklyIndicator.Hours,
                new FigureOptions
                {
                    Language = FigureLanguage.Danish,
                    Scale = ValueScale.Number,
                    Title = "Timer",
                }
            )
            .SaveSvg(Path.Combine(dir, "hours-da.svg"));
        study.LosingHoursHazard().ToTable().Save(Path.Combine(dir, "stability.csv"));
        KaplanMeierEstimator
            .Fit(SpellExtractor.Extract(study).WithoutOngoingAtEntry().ToSurvivalData("arm"))
            .Plot()
            .SaveSvg(Path.Combine(dir, "km.svg"));

        string rumData = Path.Combine(dir, "rum");
        StudySimulator.Run(SimulationOptions.For(SimulationScenario.Rum) with { Persons = 300 }, rumData);
        var rum = MonitoringStudy.Load(MonitoringFiles.InDirectory(rumData));
        rum.Profiles("site").ToResultTable().Save(Path.Combine(dir, "profiles.csv"));
        rum.FirstOutcomes().ToResultTable().Save(Path.Combine(dir, "first-outcome.csv"));

        // 6. The command line: tables, a logit and the full demo report (figures, Markdown, HTML, manifest).
        void Cli(string name, params string[] args)
        {
            var (code, stdout) = cli(args);
            if (code != 0)
            {
                throw new InvalidOperationException($"jobfirst-eval {string.Join(' ', args)} exited with {code}");
            }
            Text(name, stdout.Replace(dir, "<dir>", StringComparison.Ordinal));
        }
        Cli(
            "cli-indicators.csv",
            "indicators",
            "--roster",
            Path.Combine(sim, "roster.csv"),
            "--register",
            Path.Combine(sim, "register.csv"),
            "--hours",
            Path.Combine(sim, "hours.csv"),
            "--codebook",
            Path.Combine(sim, "codebook.csv"),
            "--max-week",
            "30"
        );
        Cli(
            "cli-logit.json",
            "logit",
            "--data",
            Path.Combine(dir, "frame.csv"),
            "--formula",
            "y ~ region + x",
            "--margins",
            "region",
            "--format",
            "json"
        );
        Cli(
            "cli-diff.csv",
            "diff",
            "--data",
            Path.Combine(dir, "frame.csv"),
            "--outcome",
            "y",
            "--treatment",
            "treatment",
            "--blocks",
            "region"
        );
        Cli(
            "cli-demo.txt",
            "demo",
            "--out",
            Path.Combine(dir, "demo"),
            "--persons",
            "300",
            "--png",
            "never",
            "--progress",
            "none"
        );
    }
}
