using System.CommandLine;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// The input options every study-level command shares (<c>--roster --register [--register-format]
/// [--hours] [--hours-format] [--codebook] [--unknown-codes] [--design]</c>) and the loader behind them.
/// <c>--participants</c> is an alias of <c>--roster</c> for designs without a control group.
/// </summary>
internal sealed class StudyInputOptions
{
    public Option<FileInfo> Roster { get; } =
        new("--roster", "--participants")
        {
            Description =
                "Trial roster CSV (person_id, arm, visitation_date, site, target_group, covariates...), or with --design participants the participants file (no arm column).",
            Required = true,
        };

    public Option<string> Design { get; }

    public Option<FileInfo> Register { get; }

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

    /// <param name="defaultDesign">
    /// <c>trial</c> for the trial commands; <c>participants</c> for the monitoring commands (designs without a
    /// control group, seeds 002–004).
    /// </param>
    /// <param name="registerRequired">False for commands where the register is optional (e.g. <c>attainment</c>).</param>
    public StudyInputOptions(string defaultDesign = "trial", bool registerRequired = true)
    {
        Register = new Option<FileInfo>("--register")
        {
            Description = registerRequired ? "DREAM-style register CSV." : "DREAM-style register CSV (optional).",
            Required = registerRequired,
        };
        Design = new Option<string>("--design")
        {
            Description =
                "Roster design: trial (arm column, both arms) or participants (no control group, no arm column).",
            DefaultValueFactory = _ => defaultDesign,
        };
        Design.AcceptOnlyFromAmong("trial", "participants");
        RegisterFormat.AcceptOnlyFromAmong("wide", "long");
        HoursFormat.AcceptOnlyFromAmong("weekly", "monthly");
        UnknownCodes.AcceptOnlyFromAmong("error", "other");
    }

    public void AddTo(Command command)
    {
        foreach (
            var option in new Option[]
            {
                Roster,
                Design,
                Register,
                RegisterFormat,
                Hours,
                HoursFormat,
                Codebook,
                UnknownCodes,
            }
        )
        {
            command.Options.Add(option);
        }
    }

    public Study Load(ParseResult parse, EventPanelOptions? panel = null) =>
        Study.Load(Files(parse), LoadOptions(parse, panel));

    public RosterDesign ParseDesign(ParseResult parse) =>
        parse.GetValue(Design) == "participants" ? RosterDesign.ParticipantsOnly : RosterDesign.RandomisedTrial;

    public StudyFiles Files(ParseResult parse) =>
        new(parse.GetValue(Roster)!.FullName, parse.GetValue(Register)!.FullName)
        {
            Design = ParseDesign(parse),
            RegisterFormat =
                parse.GetValue(RegisterFormat) == "long"
                    ? Evaluation.Register.RegisterFormat.LongForm
                    : Evaluation.Register.RegisterFormat.Wide,
            Hours = parse.GetValue(Hours)?.FullName,
            HoursResolution =
                parse.GetValue(HoursFormat) == "monthly" ? HoursResolution.Monthly : HoursResolution.Weekly,
            Codebook = parse.GetValue(Codebook)?.FullName,
        };

    public StudyLoadOptions LoadOptions(ParseResult parse, EventPanelOptions? panel = null) =>
        new()
        {
            Scan = new RegisterScanOptions
            {
                UnknownCodes =
                    parse.GetValue(UnknownCodes) == "other" ? UnknownCodePolicy.MapToOther : UnknownCodePolicy.Error,
            },
            Panel = panel ?? new EventPanelOptions(),
        };
}
