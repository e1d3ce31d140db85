using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Monitoring.Profiles;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval profile</c>: participant profiles by municipality or benefit group (seed 004 Tabel 1–2):
/// means of numeric traits, the majority category and its share for categorical ones, ranges across units on
/// the total row. Long (tidy) or wide (report) layout.
/// </summary>
internal sealed class ProfileCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var participants = new Option<FileInfo>("--participants", "--roster")
        {
            Description =
                "Participants CSV (person_id, visitation_date, site, target_group, traits...; no arm column).",
            Required = true,
        };
        var design = new Option<string>("--design")
        {
            Description = "participants (no arm column, default) or trial (a trial roster; arms ignored).",
            DefaultValueFactory = _ => "participants",
        };
        design.AcceptOnlyFromAmong("participants", "trial");
        var by = MonitoringOptions.By(
            "site",
            "Units: site (municipality profiles), target_group (benefit-group profiles) or a trait column."
        );
        var traits = new Option<string?>("--traits")
        {
            Description =
                "Comma-separated traits (default: target_group and every trait column); kinds inferred unless given below.",
        };
        var numeric = new Option<string?>("--numeric") { Description = "Traits to treat as numeric (mean)." };
        var categorical = new Option<string?>("--categorical")
        {
            Description = "Traits to treat as categorical (majority category and share).",
        };
        var layout = new Option<string>("--layout")
        {
            Description =
                "long (tidy: one row per unit and trait) or wide (the report's table with ranges in parentheses).",
            DefaultValueFactory = _ => "long",
        };
        layout.AcceptOnlyFromAmong("long", "wide");
        var minCell = MonitoringOptions.MinCell();
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "profile",
            "Participant profiles by municipality or benefit group (means, majority categories, ranges)."
        )
        {
            participants,
            design,
            by,
            traits,
            numeric,
            categorical,
            layout,
            minCell,
            format,
            output,
        };
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    int min = MonitoringOptions.CheckMinCell(parse.GetValue(minCell));
                    var roster = RosterReader.Read(
                        parse.GetValue(participants)!.FullName,
                        parse.GetValue(design) == "trial" ? RosterDesign.RandomisedTrial : RosterDesign.ParticipantsOnly
                    );
                    string groupBy = parse.GetValue(by)!;
                    var list = Traits(
                        roster,
                        groupBy,
                        MonitoringOptions.List(parse.GetValue(traits)),
                        MonitoringOptions.List(parse.GetValue(numeric)),
                        MonitoringOptions.List(parse.GetValue(categorical))
                    );
                    var table = ProfileBuilder.Build(roster, groupBy, list, min);
                    TableOutput.Write(
                        context,
                        parse.GetValue(format)!,
                        parse.GetValue(output),
                        parse.GetValue(layout) == "wide" ? table.ToDisplayTable() : table.ToResultTable()
                    );
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    internal static IReadOnlyList<ProfileTrait> Traits(
        Evaluation.Roster.Roster roster,
        string groupBy,
        IReadOnlyList<string> names,
        IReadOnlyList<string> numeric,
        IReadOnlyList<string> categorical
    )
    {
        var both = numeric.Intersect(categorical, StringComparer.OrdinalIgnoreCase).ToList();
        if (both.Count > 0)
        {
            throw new InputException($"trait '{both[0]}' is given as both numeric and categorical");
        }
        var inferred = ProfileBuilder.InferTraits(roster, groupBy);
        IEnumerable<string> chosen = names.Count > 0 ? names : inferred.Select(t => t.Name);
        var traits = new List<ProfileTrait>();
        foreach (var name in chosen)
        {
            bool known =
                name.Equals("site", StringComparison.OrdinalIgnoreCase)
                || name.Equals("target_group", StringComparison.OrdinalIgnoreCase)
                || roster.CovariateNames.Contains(name, StringComparer.OrdinalIgnoreCase);
            if (!known)
            {
                throw new InputException(
                    $"unknown trait '{name}' (site, target_group or one of: {string.Join(", ", roster.CovariateNames)})",
                    roster.SourceFile,
                    1
                );
            }
            var kind =
                numeric.Contains(name, StringComparer.OrdinalIgnoreCase) ? TraitKind.Numeric
                : categorical.Contains(name, StringComparer.OrdinalIgnoreCase) ? TraitKind.Categorical
                : inferred.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Kind
                    ?? TraitKind.Categorical;
            traits.Add(new ProfileTrait(name, kind));
        }
        foreach (var name in numeric.Concat(categorical))
        {
            if (!traits.Any(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InputException($"trait '{name}' is not among the profiled traits");
            }
        }
        return traits;
    }
}
