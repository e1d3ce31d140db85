using System.CommandLine;
using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Linear;
using JobFirst.Evaluation.Regression.Output;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval ols</c>: linear regression on a person-level CSV with a formula and an estimatr
/// <c>lm_robust</c> variance (classical, HC0–HC3, cluster CR0 / Stata / CR2); same shape as <c>logit</c>.
/// A one-line summary (n, dropped rows, aliased columns, variance) goes to stderr.
/// </summary>
internal sealed class OlsCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Person-level CSV.", Required = true };
        var formula = new Option<string>("--formula")
        {
            Description =
                "Model formula, e.g. \"y ~ age + C(educ, ref=primary) + gender*group\" (-1 drops the intercept).",
            Required = true,
        };
        var vcov = new Option<string>("--vcov")
        {
            Description = "Variance: classical | hc0 | hc1 | hc2 (default, as estimatr) | hc3 | cluster:COLUMN.",
            DefaultValueFactory = _ => "hc2",
        };
        var clusterType = new Option<string>("--cluster-type")
        {
            Description =
                "Cluster estimator: cr2 (default, Bell-McCaffrey df) | stata (G/(G-1)(n-1)/(n-k), df G-1) | cr0.",
            DefaultValueFactory = _ => "cr2",
        };
        var weights = new Option<string?>("--weights")
        {
            Description = "Frequency-weight column (a row counts as w persons; not estimatr's precision weights).",
        };
        var level = ConfidenceLevelOption.Create();
        var format = ModelReportOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "ols",
            "Linear regression with classical, HC0-HC3 or cluster-robust (CR0, Stata, CR2) SEs (R estimatr::lm_robust, Stata regress)."
        );
        foreach (var o in new Option[] { data, formula, vcov, clusterType, weights, level, format, output })
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
                    var (variance, cluster) = ParseVariance(parse.GetValue(vcov)!, parse.GetValue(clusterType)!);
                    var parsed = ModelFormula.Parse(parse.GetValue(formula)!);
                    var frame = DataFrameReader.ReadCsv(parse.GetValue(data)!);
                    var design = DesignMatrixBuilder.Build(
                        frame,
                        parsed,
                        new DesignOptions(parse.GetValue(weights), cluster)
                    );
                    var fit = LinearRegression.Fit(design, new LinearRegressionOptions(variance, lvl));
                    context.Error.WriteLine(Summary(fit));
                    Write(context, fmt, parse.GetValue(output), fit);
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static (OlsVariance Variance, string? Cluster) ParseVariance(string vcov, string clusterType)
    {
        string v = vcov.Trim();
        if (v.StartsWith("cluster:", StringComparison.OrdinalIgnoreCase))
        {
            string column = v["cluster:".Length..].Trim();
            if (column.Length == 0)
            {
                throw new InputException("--vcov cluster:COLUMN needs a column name after 'cluster:'");
            }
            var type = clusterType.Trim().ToLowerInvariant() switch
            {
                "cr2" => OlsVariance.CR2,
                "stata" or "cr1" or "cr1s" => OlsVariance.CR1Stata,
                "cr0" => OlsVariance.CR0,
                _ => throw new InputException($"--cluster-type must be cr0, stata or cr2, not '{clusterType}'"),
            };
            return (type, column);
        }
        return v.ToLowerInvariant() switch
        {
            "classical" => (OlsVariance.Classical, null),
            "hc0" => (OlsVariance.HC0, null),
            "hc1" or "stata" => (OlsVariance.HC1, null),
            "hc2" => (OlsVariance.HC2, null),
            "hc3" => (OlsVariance.HC3, null),
            _ => throw new InputException(
                $"--vcov must be classical, hc0, hc1, hc2, hc3 or cluster:COLUMN, not '{vcov}'"
            ),
        };
    }

    private static string Summary(LinearRegressionResult fit)
    {
        var sb = new StringBuilder();
        sb.Append(
            CultureInfo.InvariantCulture,
            $"ols: n = {fit.Observations.ToString("R", CultureInfo.InvariantCulture)} ({fit.Rows} rows); {fit.DroppedRows.Describe()}; "
        );
        sb.Append(
            fit.AliasedColumns.Count == 0
                ? "no aliased columns"
                : $"aliased and dropped: {string.Join(", ", fit.AliasedColumns)}"
        );
        sb.Append(CultureInfo.InvariantCulture, $"; variance {fit.Variance}, df {fit.DfMethod}");
        if (fit.Clusters > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" ({fit.Clusters} clusters)");
        }
        return sb.ToString();
    }

    private static void Write(CliContext context, string format, string? path, LinearRegressionResult fit) =>
        ModelReportOutput.Write(
            context,
            format,
            path,
            stream => LinearReport.WriteJson(stream, fit),
            writer => LinearReport.WriteCsv(writer, fit)
        );
}
