using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// The shared <c>--level</c> option (confidence level of every interval a command prints, default 0.95) and its check:
/// a level outside the open interval (0, 1), or not a number, is a usage error (exit code 2), never an interval of NaN.
/// </summary>
internal static class ConfidenceLevelOption
{
    public static Option<double> Create(string description = "Confidence level.") =>
        new("--level") { Description = description, DefaultValueFactory = _ => 0.95 };

    /// <summary>The parsed level, checked to lie in (0, 1).</summary>
    public static double Read(ParseResult parse, Option<double> option) => Check(parse.GetValue(option));

    public static double Check(double level) =>
        level is > 0 and < 1
            ? level
            : throw new InputException(
                string.Create(CultureInfo.InvariantCulture, $"--level must lie in (0,1), not {level}")
            );
}
