using System.Diagnostics;
using System.Text;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Regression.Variance;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>
/// The full benchmark pipeline of bench/SPEC.md on generated files: read (roster, hours, register →
/// event panel and linkage), weekly indicators, weekly effects for 5 outcomes × 156 weeks, history
/// covariates and balance, logistic regression with 10 covariates and their average marginal effects.
/// Writes the SPEC's CSVs and times each stage.
/// </summary>
internal static class BenchPipeline
{
    public const int FollowUpWeeks = 156;

    public static readonly WeeklyIndicator[] Outcomes =
    [
        WeeklyIndicator.Internship,
        WeeklyIndicator.WageSubsidy,
        WeeklyIndicator.Hours,
        WeeklyIndicator.Employed,
        WeeklyIndicator.Active13,
    ];

    public static readonly string[] LogitCovariates =
    [
        "treatment",
        "female",
        "age",
        "age_sq",
        "resource_course",
        "educ_upper_secondary",
        "educ_higher",
        "hist_employed",
        "hist_self_support",
        "hist_sick",
    ];

    /// <summary>The stages' outputs, for the partition check and the tests.</summary>
    internal sealed record Outputs(
        Register.RegisterScanResult Scan,
        Linkage.LinkageReport Linkage,
        int RosterCount,
        WeeklyOutcomeMoments Moments,
        BenchCovariates Covariates,
        IReadOnlyList<BenchEffectRow> Effects,
        IReadOnlyList<BenchBalanceRow> Balance,
        LogisticRegressionResult Logit,
        IReadOnlyList<TidyTerm> Ames,
        string LogitDetail,
        IReadOnlyList<StageResult> Extras,
        double StudyEffectsDifference
    );

    // Largest relative difference between two sets of effect rows (values within 1e-12 of each other count as equal).
    private static double MaxRelativeDifference(IReadOnlyList<BenchEffectRow> a, IReadOnlyList<BenchEffectRow> b)
    {
        if (a.Count != b.Count)
        {
            return double.PositiveInfinity;
        }
        double worst = 0;
        for (int i = 0; i < a.Count; i++)
        {
            if (a[i].Outcome != b[i].Outcome || a[i].Week != b[i].Week)
            {
                return double.PositiveInfinity;
            }
            double[] x = [a[i].Estimate, a[i].StdError, a[i].Df, a[i].ConfLow, a[i].ConfHigh];
            double[] y = [b[i].Estimate, b[i].StdError, b[i].Df, b[i].ConfLow, b[i].ConfHigh];
            for (int j = 0; j < x.Length; j++)
            {
                double d = Math.Abs(x[j] - y[j]);
                if (!(double.IsNaN(x[j]) && double.IsNaN(y[j])) && d > 1e-12)
                {
                    worst = Math.Max(worst, d / Math.Max(Math.Abs(x[j]), Math.Abs(y[j])));
                }
            }
        }
        return worst;
    }

    public static Outputs Run(StudyFiles files, string outputDirectory, StageTimer timer)
    {
        long inputBytes = Bytes(files.Roster) + Bytes(files.Register) + (files.Hours is null ? 0 : Bytes(files.Hours));
        var total = Stopwatch.StartNew();
        var study = timer.Time(
            "read",
            inputBytes,
            0,
            () => Study.Load(files),
            s => s.Scan.RowsRead * s.Scan.Layout.WeekCount
        );
        long personWeeks = 0;
        for (int p = 0; p < study.Panel.PersonCount; p++)
        {
            personWeeks += Math.Min(study.Panel.ObservedWeeks(p), FollowUpWeeks);
        }
        var (moments, covariates) = timer.Time(
            "indicators",
            0,
            personWeeks,
            () =>
                (
                    WeeklyOutcomeMoments.Compute(study.Panel, study.Treated, Outcomes, FollowUpWeeks),
                    BenchCovariates.From(study)
                )
        );
        // The weekly outcome moments of the indicators stage are sufficient for the standard design: the core
        // estimator (DifferenceInMeans.FromMoments, estimatr's conventions) turns them into the 780 effects.
        var effects = timer.Time("effects", 0, personWeeks, () => BenchEffects.Weekly(moments));
        var balance = timer.Time("balance", 0, 0, () => BenchEffects.Balance(covariates));
        var (fit, ames, logitDetail) = timer.Time("logit", 0, 0, () => Logit(covariates));
        timer.AddTotal("total", total.Elapsed.TotalSeconds, inputBytes, personWeeks);
        // Not a SPEC stage: the library's full indicator table (9 indicators × 156 weeks × 2 arms), for
        // comparison with earlier measurements of it.
        var extra = new StageTimer();
        extra.Time("indicator table (9 × 156 wk)", 0, personWeeks, () => study.Indicators(maxWeek: FollowUpWeeks));
        // The study-level call (population rules, suppression, bands; its own moments pass) for the same effects.
        var viaStudy = extra.Time("Study.Effects (5 × 156 wk)", 0, personWeeks, () => BenchEffects.Weekly(study));

        Directory.CreateDirectory(outputDirectory);
        Write(outputDirectory, "linkage.csv", LinkageTable(study));
        Write(outputDirectory, "effects.csv", ResultTable.FromRecords("Weekly effects", effects));
        Write(outputDirectory, "balance.csv", ResultTable.FromRecords("Balance", balance));
        Write(
            outputDirectory,
            "logit.csv",
            new ResultTable(
                "Logistic regression",
                ["term", "estimate", "std_error"],
                fit.Coefficients.Select(c => (IReadOnlyList<object?>)[c.Term, c.Estimate, c.StdError])
            )
        );
        Write(
            outputDirectory,
            "ame.csv",
            new ResultTable(
                "Average marginal effects",
                ["term", "estimate", "std_error"],
                ames.Select(a => (IReadOnlyList<object?>)[a.Term, a.Estimate, a.StdError])
            )
        );
        Write(
            outputDirectory,
            "timings.csv",
            new ResultTable(
                "Timings",
                ["stage", "seconds"],
                timer.Results.Select(r => (IReadOnlyList<object?>)[r.Stage, r.Seconds])
            )
        );
        return new Outputs(
            study.Scan,
            study.Linkage,
            study.Roster.Count,
            moments,
            covariates,
            effects,
            balance,
            fit,
            ames,
            logitDetail,
            extra.Results,
            MaxRelativeDifference(effects, viaStudy)
        );
    }

    /// <summary>
    /// Logistic regression of employment in event week 26 on the 10 covariates (persons observed that
    /// week), ML (IRLS to a relative deviance change below 1e-10) with model-based SEs, and the AME of each
    /// covariate (discrete change for the 0/1 ones).
    /// </summary>
    public static (LogisticRegressionResult Fit, IReadOnlyList<TidyTerm> Ames, string Detail) Logit(BenchCovariates c)
    {
        var sw = Stopwatch.StartNew();
        var rows = Enumerable.Range(0, c.Count).Where(i => !double.IsNaN(c.Employed26[i])).ToArray();
        double[] Take(double[] x) => [.. rows.Select(i => x[i])];
        var frame = new DataFrame([
            DataColumn.FromNumbers("employed", Take(c.Employed26)),
            DataColumn.FromNumbers("treatment", Take(c.Treatment)),
            DataColumn.FromNumbers("female", Take(c.Female)),
            DataColumn.FromNumbers("age", Take(c.Age)),
            DataColumn.FromNumbers("age_sq", [.. rows.Select(i => c.Age[i] * c.Age[i] / 100)]),
            DataColumn.FromNumbers("resource_course", Take(c.ResourceCourse)),
            DataColumn.FromNumbers("educ_upper_secondary", Take(c.EducUpperSecondary)),
            DataColumn.FromNumbers("educ_higher", Take(c.EducHigher)),
            DataColumn.FromNumbers("hist_employed", Take(c.HistEmployed)),
            DataColumn.FromNumbers("hist_self_support", Take(c.HistSelfSupport)),
            DataColumn.FromNumbers("hist_sick", Take(c.HistSick)),
        ]);
        var formula = ModelFormula.Parse("employed ~ " + string.Join(" + ", LogitCovariates));
        var design = DesignMatrixBuilder.Build(frame, formula);
        double designSeconds = sw.Elapsed.TotalSeconds;
        // A tighter convergence tolerance than R's default 1e-8 (the peers use the same), so that the three
        // implementations compare maximum-likelihood estimates rather than where each stopped iterating.
        var fit = LogisticRegression.Fit(
            design,
            new LogisticRegressionOptions(Variance: GlmVariance.Model, MaxIterations: 50, Epsilon: 1e-10)
        );
        double fitSeconds = sw.Elapsed.TotalSeconds - designSeconds;
        var ames = new List<TidyTerm>();
        foreach (var v in LogitCovariates)
        {
            var ame = LogisticMargins.Compute(fit, v).AverageMarginalEffects.Single();
            ames.Add(ame with { Term = v });
        }
        string detail = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"logit on {fit.Rows:N0} rows × {LogitCovariates.Length} covariates: data frame + design {designSeconds:F2} s, fit {fitSeconds:F2} s ({fit.Iterations} iterations), {LogitCovariates.Length} AMEs {sw.Elapsed.TotalSeconds - designSeconds - fitSeconds:F2} s"
        );
        return (fit, ames, detail);
    }

    private static ResultTable LinkageTable(Study study) =>
        new(
            "Linkage",
            ["measure", "count"],
            [
                ["roster_rows", (long)study.Roster.Count],
                ["register_rows", study.Scan.RowsRead],
                ["matched", (long)study.Scan.MatchedPersons],
                ["roster_only", (long)study.Scan.RosterOnlyPersons],
                ["register_only", study.Scan.RegisterOnlyRows],
            ]
        );

    private static void Write(string directory, string name, ResultTable table)
    {
        using var writer = new StreamWriter(Path.Combine(directory, name), false, new UTF8Encoding(false));
        ResultTableWriter.Write(table, writer, TableFormat.Csv);
    }

    private static long Bytes(string path) => new FileInfo(path).Length;
}
