using System.CommandLine;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval link</c>: reads the roster, the register (and hours), and prints the linkage
/// report (<c>source, measure, count</c>) as CSV or JSON.
/// </summary>
internal sealed class LinkCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var roster = new Option<FileInfo>("--roster", "--participants")
        {
            Description = "Trial roster CSV (person_id, arm, visitation_date, site, target_group, covariates...).",
            Required = true,
        };
        var design = new Option<string>("--design")
        {
            Description =
                "Roster design: trial (arm column, both arms) or participants (no control group, no arm column).",
            DefaultValueFactory = _ => "trial",
        };
        design.AcceptOnlyFromAmong("trial", "participants");
        var register = new Option<FileInfo>("--register")
        {
            Description = "DREAM-style register CSV.",
            Required = true,
        };
        var registerFormat = new Option<string>("--register-format")
        {
            Description = "Register layout: wide (y_YYWW columns) or long (person_id, iso_week, code).",
            DefaultValueFactory = _ => "wide",
        };
        registerFormat.AcceptOnlyFromAmong("wide", "long");
        var hours = new Option<FileInfo?>("--hours") { Description = "Ordinary hours CSV (optional)." };
        var hoursFormat = new Option<string>("--hours-format")
        {
            Description = "Hours file: weekly (person_id, iso_week, hours) or monthly (person_id, month, hours).",
            DefaultValueFactory = _ => "weekly",
        };
        hoursFormat.AcceptOnlyFromAmong("weekly", "monthly");
        var codebook = new Option<FileInfo?>("--codebook")
        {
            Description =
                "Codebook CSV (code, category, label, valid_from, valid_to); default: the built-in ILLUSTRATIVE codebook.",
        };
        var unknownCodes = new Option<string>("--unknown-codes")
        {
            Description = "Codes absent from the codebook: error (list them) or other (map to 'other' and count).",
            DefaultValueFactory = _ => "error",
        };
        unknownCodes.AcceptOnlyFromAmong("error", "other");
        var format = new Option<string>("--format")
        {
            Description = "Output format: csv or json.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<FileInfo?>("--out")
        {
            Description = "Write the report to this file instead of standard output.",
        };

        var command = new Command(
            "link",
            "Link the roster to the register (and hours) and print the linkage report: matched, roster-only, register-only, duplicates, excluded and why."
        );
        foreach (
            var option in new Option[]
            {
                roster,
                design,
                register,
                registerFormat,
                hours,
                hoursFormat,
                codebook,
                unknownCodes,
                format,
                output,
            }
        )
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
            CommandRunner.Run(
                context.Error,
                () =>
                {
                    var rosterData = RosterReader.Read(
                        parse.GetValue(roster)!.FullName,
                        parse.GetValue(design) == "participants"
                            ? RosterDesign.ParticipantsOnly
                            : RosterDesign.RandomisedTrial
                    );
                    var book = parse.GetValue(codebook) is { } cb
                        ? Evaluation.Codebook.Codebook.Load(cb.FullName)
                        : Evaluation.Codebook.Codebook.Default;
                    var options = new RegisterScanOptions
                    {
                        UnknownCodes =
                            parse.GetValue(unknownCodes) == "other"
                                ? UnknownCodePolicy.MapToOther
                                : UnknownCodePolicy.Error,
                    };
                    string registerPath = parse.GetValue(register)!.FullName;
                    RegisterPersonHandler ignore = static (_, _, _) => { };
                    var layout =
                        parse.GetValue(registerFormat) == "long" ? RegisterFormat.LongForm : RegisterFormat.Wide;
                    // Counts only: the wide register is scanned on all cores (same counts and errors).
                    var scan =
                        layout == RegisterFormat.Wide
                            ? DreamWideReader.ScanParallel(registerPath, rosterData, book, options, () => ignore)
                            : RegisterReader.Scan(registerPath, layout, rosterData, book, options, ignore);
                    rosterData.ValidateAgainstExtract(scan.Layout.FirstWeek, scan.Layout.LastWeek);
                    HoursTable? hoursTable = null;
                    if (parse.GetValue(hours) is { } hoursFile)
                    {
                        hoursTable =
                            parse.GetValue(hoursFormat) == "monthly"
                                ? HoursReader.ReadMonthly(hoursFile.FullName, rosterData)
                                : HoursReader.ReadWeekly(hoursFile.FullName, rosterData);
                    }
                    var rows = LinkageReport.Create(rosterData, scan, hoursTable).ToRows();
                    var outFile = parse.GetValue(output);
                    using var fileWriter = outFile is null ? null : new StreamWriter(outFile.FullName);
                    var writer = (TextWriter?)fileWriter ?? context.Out;
                    if (parse.GetValue(format) == "json")
                    {
                        LinkageTableWriter.WriteJson(rows, writer);
                    }
                    else
                    {
                        LinkageTableWriter.WriteCsv(rows, writer);
                    }
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }
}
