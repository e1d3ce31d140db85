using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Cli.Infrastructure;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Statuses;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// <c>jobfirst-eval monitor</c>: the monitoring panel (seeds 002:29-33, 003:19-27) from the participants and the
/// weekly register: the result requirement per municipality and how many meet it, status shares by month or
/// quarter, the share ever in the statuses, and the shares at a date.
/// </summary>
internal sealed class MonitorCommand : ICliCommand
{
    private const string DefaultStatuses = "internship,wage_subsidy,student_grant,employed";

    public Command Build(CliContext context)
    {
        var inputs = new StudyInputOptions(defaultDesign: "participants");
        var statuses = new Option<string>("--statuses")
        {
            Description =
                "The status set: codebook categories and employed (hours > 0), comma-separated; shorthands education, company_oriented.",
            DefaultValueFactory = _ => DefaultStatuses,
        };
        var statusName = new Option<string>("--status-name")
        {
            Description = "Output name of the status set.",
            DefaultValueFactory = _ => "activity_education_or_hours",
        };
        var each = new Option<bool>("--each-status")
        {
            Description = "Also tabulate each member status on its own (periods, ever, at-date tables).",
        };
        var table = new Option<string>("--table")
        {
            Description = "requirement, periods, ever, at-date or all.",
            DefaultValueFactory = _ => "requirement",
        };
        table.AcceptOnlyFromAmong("requirement", "periods", "ever", "at-date", "all");
        var period = new Option<string>("--period")
        {
            Description = "Periods table: month or quarter.",
            DefaultValueFactory = _ => "month",
        };
        period.AcceptOnlyFromAmong("month", "quarter");
        var from = new Option<string?>("--from")
        {
            Description =
                "First month of the monitoring period, YYYY-MM (default: the month of the earliest visitation).",
        };
        var to = new Option<string?>("--to")
        {
            Description = "Last month, YYYY-MM (default: the last month whose weeks all lie in the extract).",
        };
        var date = new Option<string?>("--date")
        {
            Description = "At-date table: a date YYYY-MM-DD (its ISO week; default the extract's last week).",
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Result requirement: the share X of the group required (seed 003: 0.40).",
            DefaultValueFactory = _ => 0.40,
        };
        var months = new Option<int>("--months")
        {
            Description = "Result requirement: N consecutive months (seed 003: 3).",
            DefaultValueFactory = _ => 3,
        };
        var rule = new Option<string>("--rule")
        {
            Description =
                "at-least-once: share in the statuses in some week of the window; every-month: the monthly share in each month of the window.",
            DefaultValueFactory = _ => "at-least-once",
        };
        rule.AcceptOnlyFromAmong("at-least-once", "every-month");
        var membership = new Option<string>("--membership")
        {
            Description =
                "Window denominator: any-month (observed in some month of it) or all-months (complete-window rule).",
            DefaultValueFactory = _ => "any-month",
        };
        membership.AcceptOnlyFromAmong("any-month", "all-months");
        var by = MonitoringOptions.By("site", "Units: site (municipality), target_group or a trait column.");
        var minCell = MonitoringOptions.MinCell();
        var format = TableOutput.FormatOption();
        var output = TableOutput.OutOption();
        var command = new Command(
            "monitor",
            "Monitoring panel: result requirement (X% over N months), status shares by month/quarter, ever shares, shares at a date."
        );
        inputs.AddTo(command);
        foreach (
            var o in new Option[]
            {
                statuses,
                statusName,
                each,
                table,
                period,
                from,
                to,
                date,
                threshold,
                months,
                rule,
                membership,
                by,
                minCell,
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
                    int min = MonitoringOptions.CheckMinCell(parse.GetValue(minCell));
                    if (parse.GetValue(months) < 1)
                    {
                        throw new InputException("--months must be at least 1");
                    }
                    if (parse.GetValue(threshold) is <= 0 or > 1)
                    {
                        throw new InputException("--threshold must be a share in (0, 1], e.g. 0.40");
                    }
                    var main = StatusSet.Parse(parse.GetValue(statuses)!, parse.GetValue(statusName)!);
                    var sets = new List<StatusSet> { main };
                    if (parse.GetValue(each))
                    {
                        sets.AddRange(
                            MonitoringOptions
                                .List(parse.GetValue(statuses)!.Replace('+', ','))
                                .Select(s => StatusSet.Parse(s, s))
                        );
                    }
                    var firstMonth = Month(parse.GetValue(from), "--from");
                    var lastMonth = Month(parse.GetValue(to), "--to");
                    var study = MonitoringStudy.Load(
                        MonitoringOptions.Files(inputs, parse),
                        MonitoringOptions.LoadOptions(inputs, parse)
                    );
                    var panel = study.MonthlyStatuses(sets, firstMonth, lastMonth);
                    string groupBy = parse.GetValue(by)!;
                    string which = parse.GetValue(table)!;
                    var tables = new List<ResultTable>();
                    if (which is "requirement" or "all")
                    {
                        var result = study.ResultRequirement(
                            panel,
                            parse.GetValue(threshold),
                            parse.GetValue(months),
                            parse.GetValue(rule) == "every-month"
                                ? RequirementRule.EveryMonthInWindow
                                : RequirementRule.AtLeastOnceInWindow,
                            parse.GetValue(membership) == "all-months"
                                ? WindowMembership.ObservedAllMonths
                                : WindowMembership.ObservedAnyMonth,
                            groupBy,
                            min
                        );
                        context.Error.WriteLine(
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"monitor: {result.UnitsMeeting} of {result.UnitsAssessed} units meet at least {result.ThresholdPercent} over {result.Months} consecutive months ({panel.Months[0]}..{panel.Months[^1]})"
                            )
                        );
                        tables.Add(result.ToSummaryTable());
                        tables.Add(result.ToResultTable());
                    }
                    if (which is "periods" or "all")
                    {
                        var p = parse.GetValue(period) == "quarter" ? MonitoringPeriod.Quarter : MonitoringPeriod.Month;
                        tables.Add(study.StatusShares(panel, p, groupBy, min).ToResultTable());
                    }
                    if (which is "ever" or "all")
                    {
                        tables.Add(
                            study
                                .EverShares(
                                    panel,
                                    groupBy,
                                    min,
                                    membership: parse.GetValue(membership) == "all-months"
                                        ? WindowMembership.ObservedAllMonths
                                        : WindowMembership.ObservedAnyMonth
                                )
                                .ToResultTable()
                        );
                    }
                    if (which is "at-date" or "all")
                    {
                        var day = Date(parse.GetValue(date)) ?? study.Register!.Panel.Window.Last.Monday;
                        tables.Add(study.SharesAt(day, sets, groupBy, min).ToResultTable());
                    }
                    TableOutput.Write(context, parse.GetValue(format)!, parse.GetValue(output), [.. tables]);
                    return ExitCodes.Success;
                }
            )
        );
        return command;
    }

    private static YearMonth? Month(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return YearMonth.TryParse(text.Trim(), out var m)
            ? m
            : throw new InputException($"{option} must be a month YYYY-MM, not '{text}'");
    }

    private static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return DateOnly.TryParseExact(
            text.Trim(),
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var d
        )
            ? d
            : throw new InputException($"--date must be a date YYYY-MM-DD, not '{text}'");
    }
}
