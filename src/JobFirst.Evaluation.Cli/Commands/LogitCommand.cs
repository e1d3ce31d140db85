using System.CommandLine;
using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Disclosure;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Regression.Output;
using JobFirst.Evaluation.Regression.Variance;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval logit</c>: logistic regression on a person-level CSV with a formula, a variance
/// choice (model, HC0, HC1, cluster with R or Stata small-sample convention), optional Firth
/// penalisation, frequency weights and margins; writes a long CSV or a JSON document. A one-line
/// summary (n, dropped rows, aliased columns, convergence) goes to stderr.
/// </summary>
internal sealed class LogitCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var data = new Option<string>("--data")
        {
            Description = "Person-level CSV (one row per person or per weighted cell).",
            Required = true,
        };
        var formula = new Option<string>("--formula")
        {
            Description =
                "Model formula, e.g. \"y ~ age + C(educ, ref=primary) + gender*group\" (-1 drops the intercept).",
            Required = true,
        };
        var vcov = new Option<string>("--vcov")
        {
            Description = "Variance: model | hc0 | hc1 | cluster:COLUMN.",
            DefaultValueFactory = _ => "model",
        };
        var convention = new Option<string>("--cluster-convention")
        {
            Description =
                "Cluster small-sample factor: r = G/(G-1)(n-1)/(n-k) (sandwich::vcovCL HC1), stata = G/(G-1) (logit, vce(cluster)).",
            DefaultValueFactory = _ => "r",
        };
        var margins = new Option<string?>("--margins")
        {
            Description = "Comma-separated variables for predictive margins, AMEs and contrasts.",
        };
        var firth = new Option<bool>("--firth")
        {
            Description = "Firth's penalised likelihood (brglm2 AS_mean / logistf).",
        };
        var weights = new Option<string?>("--weights")
        {
            Description = "Frequency-weight column (a row counts as w persons).",
        };
        var compress = new Option<bool>("--compress")
        {
            Description =
                "Collapse identical rows into frequency-weighted cells before fitting (same results, faster).",
        };
        var minCell = new Option<int>("--min-cell")
        {
            Description =
                "Withhold coefficients of 0/1 columns and margins resting on 1..N-1 persons (with or without the outcome); 1 turns it off.",
            DefaultValueFactory = _ => 5,
        };
        var level = ConfidenceLevelOption.Create();
        var format = ModelReportOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "logit",
            "Logistic regression with robust/cluster SEs, Firth option and margins (R glm + sandwich, Stata logit + margins)."
        );
        foreach (
            var o in new Option[]
            {
                data,
                formula,
                vcov,
                convention,
                margins,
                firth,
                weights,
                compress,
                minCell,
                level,
                format,
                output,
            }
        )
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    string fmt = ModelReportOutput.ParseFormat(parse.GetValue(format)!);
                    double lvl = ConfidenceLevelOption.Read(parse, level);
                    int min = parse.GetValue(minCell);
                    if (min < 1)
                    {
                        throw new InputException("--min-cell must be at least 1");
                    }
                    var (variance, cluster) = ParseVariance(parse.GetValue(vcov)!, parse.GetValue(convention)!);
                    var parsed = ModelFormula.Parse(parse.GetValue(formula)!);
                    var frame = DataFrameReader.ReadCsv(parse.GetValue(data)!);
                    var design = DesignMatrixBuilder.Build(
                        frame,
                        parsed,
                        new DesignOptions(parse.GetValue(weights), cluster)
                    );
                    var personRows = design;
                    if (parse.GetValue(compress))
                    {
                        design = FrequencyWeightCompression.Compress(design);
                    }
                    var fit = LogisticRegression.Fit(
                        design,
                        new LogisticRegressionOptions(
                            parse.GetValue(firth) ? GlmFitMethod.Firth : GlmFitMethod.MaximumLikelihood,
                            variance,
                            lvl
                        )
                    );
                    var marginList = (parse.GetValue(margins) ?? "")
                        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(v => LogisticMargins.Compute(fit, v))
                        .ToList();
                    var withheld = LogisticSmallCells.Withheld(frame, personRows, fit, marginList, min);
                    context.Error.WriteLine(Summary(fit));
                    if (withheld.Count > 0)
                    {
                        context.Error.WriteLine(
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"logit: {withheld.Count} rows withheld (resting on fewer than {min} persons): {string.Join(", ", withheld.Select(r => r.Table + " " + r.Term))}"
                            )
                        );
                    }
                    Write(context, fmt, parse.GetValue(output), fit, marginList, withheld);
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static (GlmVariance Variance, string? Cluster) ParseVariance(string vcov, string convention)
    {
        string c = convention.Trim().ToLowerInvariant();
        if (c is not ("r" or "stata"))
        {
            throw new InputException($"--cluster-convention must be r or stata, not '{convention}'");
        }
        string v = vcov.Trim();
        if (v.StartsWith("cluster:", StringComparison.OrdinalIgnoreCase))
        {
            string column = v["cluster:".Length..].Trim();
            if (column.Length == 0)
            {
                throw new InputException("--vcov cluster:COLUMN needs a column name after 'cluster:'");
            }
            return (c == "stata" ? GlmVariance.ClusterStata : GlmVariance.ClusterR, column);
        }
        return v.ToLowerInvariant() switch
        {
            "model" => (GlmVariance.Model, null),
            "hc0" => (GlmVariance.HC0, null),
            "hc1" => (GlmVariance.HC1, null),
            _ => throw new InputException($"--vcov must be model, hc0, hc1 or cluster:COLUMN, not '{vcov}'"),
        };
    }

    private static string Summary(LogisticRegressionResult fit)
    {
        var sb = new StringBuilder();
        sb.Append(
            CultureInfo.InvariantCulture,
            $"logit: n = {fit.Observations.ToString("R", CultureInfo.InvariantCulture)} ({fit.Rows} rows); {fit.DroppedRows.Describe()}; "
        );
        sb.Append(
            fit.AliasedColumns.Count == 0
                ? "no aliased columns"
                : $"aliased and dropped: {string.Join(", ", fit.AliasedColumns)}"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"; {(fit.Converged ? "converged" : "NOT converged")} after {fit.Iterations} iterations; variance {fit.Variance}"
        );
        if (fit.Clusters > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" ({fit.Clusters} clusters)");
        }
        return sb.ToString();
    }

    private static void Write(
        CliContext context,
        string format,
        string? path,
        LogisticRegressionResult fit,
        IReadOnlyList<MarginsResult> margins,
        IReadOnlySet<(string Table, string Term)> withheld
    ) =>
        ModelReportOutput.Write(
            context,
            format,
            path,
            stream => LogisticReport.WriteJson(stream, fit, margins, withheld),
            writer => LogisticReport.WriteCsv(writer, fit, margins, withheld)
        );
}
