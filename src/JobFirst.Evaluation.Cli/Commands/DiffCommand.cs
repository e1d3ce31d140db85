using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval diff</c>: difference in means on any person-level CSV, as <c>estimatr::difference_in_means</c>
/// (Standard, Blocked with matched pairs, Clustered, Block-clustered by the columns given). Writes the tidy row with
/// arm counts; conventions and excluded-row counts go into the metadata (JSON, text) and a summary line to stderr.
/// </summary>
internal sealed class DiffCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Person-level CSV.", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "Numeric outcome column.", Required = true };
        var treatment = new Option<string>("--treatment")
        {
            Description = "Treatment column: 0/1, or two labels with --treated-value.",
            Required = true,
        };
        var treatedValue = new Option<string?>("--treated-value")
        {
            Description = "The treatment value meaning treated.",
        };
        var blocks = new Option<string?>("--blocks")
        {
            Description =
                "Block column: randomisation within blocks (estimatr Blocked; two units per block = matched pairs).",
        };
        var clusters = new Option<string?>("--clusters")
        {
            Description = "Cluster column: whole clusters assigned (estimatr Clustered: CR2 SE, Bell-McCaffrey df).",
        };
        var se = new Option<string>("--se")
        {
            Description = "welch (Neyman SE, Welch df; default) | classical (pooled SE, df n-2).",
            DefaultValueFactory = _ => "welch",
        };
        var ci = new Option<string>("--ci")
        {
            Description = "t (default, as estimatr) | normal (z interval and p-value).",
            DefaultValueFactory = _ => "t",
        };
        var level = ConfidenceLevelOption.Create();
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "diff",
            "Difference in means with design-based SEs (R estimatr::difference_in_means, t.test)."
        );
        foreach (
            var o in new Option[]
            {
                data,
                outcome,
                treatment,
                treatedValue,
                blocks,
                clusters,
                se,
                ci,
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
                    TableOutput.ParseFormat(parse.GetValue(format)!);
                    var options = Options(
                        parse.GetValue(blocks),
                        parse.GetValue(clusters),
                        parse.GetValue(se)!,
                        parse.GetValue(ci)!,
                        ConfidenceLevelOption.Read(parse, level),
                        parse.GetValue(treatment)!
                    );
                    var frame = DataFrameReader.ReadCsv(parse.GetValue(data)!);
                    var result = DifferenceInMeans.Estimate(
                        frame,
                        parse.GetValue(outcome)!,
                        parse.GetValue(treatment)!,
                        parse.GetValue(treatedValue),
                        parse.GetValue(blocks),
                        parse.GetValue(clusters),
                        options
                    );
                    context.Error.WriteLine(Summary(result));
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), result.ToResultTable());
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static DifferenceInMeansOptions Options(
        string? blocks,
        string? clusters,
        string se,
        string ci,
        double level,
        string term
    )
    {
        var design = (blocks, clusters) switch
        {
            (null, null) => DimDesign.Standard,
            (not null, null) => DimDesign.Blocked,
            (null, not null) => DimDesign.Clustered,
            _ => DimDesign.BlockClustered,
        };
        DimStandardError? seType = se.Trim().ToLowerInvariant() switch
        {
            "welch" or "neyman" => null,
            "classical" or "pooled" => DimStandardError.Classical,
            _ => throw new InputException($"--se must be welch or classical, not '{se}'"),
        };
        var interval = ci.Trim().ToLowerInvariant() switch
        {
            "t" => IntervalMethod.StudentT,
            "normal" or "z" => IntervalMethod.Normal,
            _ => throw new InputException($"--ci must be t or normal, not '{ci}'"),
        };
        return new DifferenceInMeansOptions(design, seType, interval, level, term);
    }

    private static string Summary(DifferenceInMeansResult r)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(
            CultureInfo.InvariantCulture,
            $"diff: design {r.Design.ToEstimatrLabel()}; n = {r.N} (treated {r.NTreated}, control {r.NControl}"
        );
        if (r.NBlocks > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", {r.NBlocks} blocks");
        }
        if (r.NClusters > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", {r.NClusters} clusters");
        }
        sb.Append(
            CultureInfo.InvariantCulture,
            $"); {r.Exclusions.RowsDropped} of {r.Exclusions.RowsRead} rows excluded"
        );
        if (r.Exclusions.RowsDropped > 0)
        {
            sb.Append(" (").Append(r.Exclusions.Describe()).Append(')');
        }
        sb.Append(CultureInfo.InvariantCulture, $"; SE {r.SeType}, df {r.DfMethod}");
        if (r.Warnings.Count > 0)
        {
            sb.Append("; warning: ").Append(string.Join(" | ", r.Warnings));
        }
        return sb.ToString();
    }
}
