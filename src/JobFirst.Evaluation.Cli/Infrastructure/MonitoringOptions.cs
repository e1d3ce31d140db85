using System.CommandLine;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Register;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>Options and helpers shared by the monitoring commands (<c>profile, funnel, attainment, monitor, outcome, survey</c>).</summary>
internal static class MonitoringOptions
{
    public static Option<int> MinCell() =>
        new("--min-cell")
        {
            Description = "Suppress cells with 1..min-cell−1 persons and statistics on fewer than min-cell persons.",
            DefaultValueFactory = _ => 5,
        };

    public static Option<string> By(string defaultColumn, string description) =>
        new("--by") { Description = description, DefaultValueFactory = _ => defaultColumn };

    public static int CheckMinCell(int value) =>
        value >= 1 ? value : throw new InputException("--min-cell must be at least 1");

    public static IReadOnlyList<string> List(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The monitoring files behind the shared study options (participants + register + hours + codebook).</summary>
    public static MonitoringFiles Files(StudyInputOptions inputs, ParseResult parse) =>
        new(parse.GetValue(inputs.Roster)!.FullName)
        {
            Design = inputs.ParseDesign(parse),
            Register = parse.GetValue(inputs.Register)?.FullName,
            RegisterFormat =
                parse.GetValue(inputs.RegisterFormat) == "long" ? RegisterFormat.LongForm : RegisterFormat.Wide,
            Hours = parse.GetValue(inputs.Hours)?.FullName,
            HoursResolution =
                parse.GetValue(inputs.HoursFormat) == "monthly" ? HoursResolution.Monthly : HoursResolution.Weekly,
            Codebook = parse.GetValue(inputs.Codebook)?.FullName,
        };

    public static MonitoringLoadOptions LoadOptions(StudyInputOptions inputs, ParseResult parse) =>
        new() { Scan = inputs.LoadOptions(parse).Scan };
}
