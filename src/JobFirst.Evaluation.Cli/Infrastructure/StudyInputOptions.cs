using System.CommandLine;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// The input options every study-level command shares (<c>--roster --register [--register-format]
/// [--hours] [--hours-format] [--codebook] [--unknown-codes]</c>) and the loader behind them.
/// </summary>
internal sealed class StudyInputOptions
{
    public Option<FileInfo> Roster { get; } =
        new("--roster")
        {
            Description = "Trial roster CSV (person_id, arm, visitation_date, site, target_group, covariates...).",
            Required = true,
        };

    public Option<FileInfo> Register { get; } =
        new("--register") { Description = "DREAM-style register CSV.", Required = true };

    public Option<string> RegisterFormat { get; } =
        new("--register-format")
        {
            Description = "Register layout: wide (y_YYWW columns) or long (person_id, iso_week, code).",
            DefaultValueFactory = _ => "wide",
        };

    public Option<FileInfo?> Hours { get; } = new("--hours") { Description = "Ordinary hours CSV (optional)." };

    public Option<string> HoursFormat { get; } =
        new("--hours-format")
        {
            Description = "Hours file: weekly (person_id, iso_week, hours) or monthly (person_id, month, hours).",
            DefaultValueFactory = _ => "weekly",
        };

    public Option<FileInfo?> Codebook { get; } =
        new("--codebook") { Description = "Codebook CSV; default: the built-in ILLUSTRATIVE codebook." };

    public Option<string> UnknownCodes { get; } =
        new("--unknown-codes")
        {
            Description = "Codes absent from the codebook: error (list them) or other (map to 'other' and count).",
            DefaultValueFactory = _ => "error",
        };

    public StudyInputOptions()
    {
        RegisterFormat.AcceptOnlyFromAmong("wide", "long");
        HoursFormat.AcceptOnlyFromAmong("weekly", "monthly");
        UnknownCodes.AcceptOnlyFromAmong("error", "other");
    }

    public void AddTo(Command command)
    {
        foreach (
            var option in new Option[] { Roster, Register, RegisterFormat, Hours, HoursFormat, Codebook, UnknownCodes }
        )
        {
            command.Options.Add(option);
        }
    }

    public Study Load(ParseResult parse)
    {
        var files = new StudyFiles(parse.GetValue(Roster)!.FullName, parse.GetValue(Register)!.FullName)
        {
            RegisterFormat =
                parse.GetValue(RegisterFormat) == "long"
                    ? Evaluation.Register.RegisterFormat.LongForm
                    : Evaluation.Register.RegisterFormat.Wide,
            Hours = parse.GetValue(Hours)?.FullName,
            HoursResolution =
                parse.GetValue(HoursFormat) == "monthly" ? HoursResolution.Monthly : HoursResolution.Weekly,
            Codebook = parse.GetValue(Codebook)?.FullName,
        };
        var options = new StudyLoadOptions
        {
            Scan = new RegisterScanOptions
            {
                UnknownCodes =
                    parse.GetValue(UnknownCodes) == "other" ? UnknownCodePolicy.MapToOther : UnknownCodePolicy.Error,
            },
        };
        return Study.Load(files, options);
    }
}
