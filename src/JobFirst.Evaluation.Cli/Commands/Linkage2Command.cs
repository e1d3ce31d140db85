using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval linkage2</c>: two registrations of the same persons joined on an id, with the discrepancy table
/// of seed 004:1488-1511 (observations, valid values, matched, only in A, only in B, excluded and why) — the
/// existing <see cref="TwoSourceLinkage"/>. No id reaches the output.
/// </summary>
internal sealed class Linkage2Command : ICliCommand
{
    public Command Build(CliContext context)
    {
        var a = new Option<FileInfo>("--a") { Description = "First registration CSV (e.g. DFDG).", Required = true };
        var b = new Option<FileInfo>("--b")
        {
            Description = "Second registration CSV (e.g. the project tool).",
            Required = true,
        };
        var nameA = new Option<string>("--name-a")
        {
            Description = "Name of source A.",
            DefaultValueFactory = _ => "a",
        };
        var nameB = new Option<string>("--name-b")
        {
            Description = "Name of source B.",
            DefaultValueFactory = _ => "b",
        };
        var id = new Option<string>("--id-column")
        {
            Description = "The linkage key's column in both files.",
            DefaultValueFactory = _ => "person_id",
        };
        var excludeA = new Option<string[]>("--exclude-a")
        {
            Description =
                "Leave rows of A out before linking: column=value[|value][:reason] or column!=value[|value] (repeatable).",
        };
        var excludeB = new Option<string[]>("--exclude-b")
        {
            Description = "Same for B, e.g. test_person=1:test person.",
        };
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "linkage2",
            "Two-source linkage: the discrepancy table (observations, valid, matched, only in A/B, excluded and why)."
        )
        {
            a,
            b,
            nameA,
            nameB,
            id,
            excludeA,
            excludeB,
            format,
            output,
        };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    string column = parse.GetValue(id)!;
                    var recordsA = RegistrationReader.Read(
                        parse.GetValue(a)!.FullName,
                        column,
                        [.. (parse.GetValue(excludeA) ?? []).Select(ExclusionRule.Parse)]
                    );
                    var recordsB = RegistrationReader.Read(
                        parse.GetValue(b)!.FullName,
                        column,
                        [.. (parse.GetValue(excludeB) ?? []).Select(ExclusionRule.Parse)]
                    );
                    var result = TwoSourceLinkage.Link(
                        recordsA,
                        recordsB,
                        parse.GetValue(nameA)!,
                        parse.GetValue(nameB)!
                    );
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), result.ToResultTable());
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
