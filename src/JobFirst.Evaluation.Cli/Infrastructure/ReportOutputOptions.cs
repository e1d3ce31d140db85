using System.CommandLine;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Output;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>The options <c>report</c> and <c>demo</c> share: <c>--png auto|always|never</c> and <c>--progress auto|bars|plain|none</c>.</summary>
internal sealed class ReportOutputOptions
{
    public Option<string> Png { get; } =
        new("--png")
        {
            Description = "PNG beside every SVG: auto (when rsvg-convert is on PATH), always (fail without it), never.",
            DefaultValueFactory = _ => "auto",
        };

    public Option<string> Progress { get; } =
        new("--progress")
        {
            Description =
                "Progress on stderr: auto (bars on an interactive terminal, plain lines otherwise), bars, plain, none.",
            DefaultValueFactory = _ => "auto",
        };

    public ReportOutputOptions()
    {
        Png.AcceptOnlyFromAmong("auto", "always", "never");
        Progress.AcceptOnlyFromAmong("auto", "bars", "plain", "none");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Png);
        command.Options.Add(Progress);
    }

    public ReportOptions ReportOptions(ParseResult parse)
    {
        string png = parse.GetValue(Png)!;
        ISvgRasterizer? rasterizer = png == "never" ? null : RsvgConvert.Find();
        if (png == "always" && rasterizer is null)
        {
            throw new InputException(
                "--png always: rsvg-convert was not found on PATH (Debian: apt-get install librsvg2-bin)"
            );
        }
        return new ReportOptions { Rasterizer = rasterizer };
    }

    public T WithProgress<T>(CliContext context, ParseResult parse, Func<IProgress<ReportProgress>?, T> body) =>
        ReportProgressDisplay.Run(context, parse.GetValue(Progress)!, body);
}
