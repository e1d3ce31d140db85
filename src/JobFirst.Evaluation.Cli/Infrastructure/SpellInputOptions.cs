using System.CommandLine;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// The spell-building options shared by <c>spells</c>, <c>km</c> and <c>hazard</c>: the study inputs, the
/// weekly status, the bridged gap, the censored-time convention and which table (spells or time to first
/// status); for <c>km</c>/<c>hazard</c> optionally <c>--data F</c> instead (any spell-table CSV).
/// </summary>
internal sealed class SpellInputOptions
{
    public SpellInputOptions(bool allowData)
    {
        AllowData = allowData;
        if (allowData)
        {
            Study.Roster.Required = false;
            Study.Register.Required = false;
        }
        Table.AcceptOnlyFromAmong("spells", "time-to-first");
        CensoredTime.AcceptOnlyFromAmong("known-survived", "observed-length");
        Ongoing.AcceptOnlyFromAmong("exclude", "include");
        Which.AcceptOnlyFromAmong("all", "first");
    }

    public bool AllowData { get; }

    public StudyInputOptions Study { get; } = new();

    public Option<string> Status { get; } =
        new("--status")
        {
            Description =
                "Weekly status: employed (hours > 0, default), active, internship, wage_subsidy, self_support, any_benefit, sickness, education, or a codebook category.",
            DefaultValueFactory = _ => "employed",
        };

    public Option<int> Gap { get; } =
        new("--gap")
        {
            Description = "Longest run of out-of-status weeks bridged inside a spell (0 = none; active13 uses 4).",
            DefaultValueFactory = _ => 0,
        };

    public Option<string> CensoredTime { get; } =
        new("--censored-time")
        {
            Description =
                "Time of a censored spell of length L: known-survived = L - 1 (default; the week after L is unobserved) or observed-length = L.",
            DefaultValueFactory = _ => "known-survived",
        };

    public Option<string> Table { get; } =
        new("--table")
        {
            Description =
                "spells (one row per spell) or time-to-first (one row per person: weeks to the first week in status).",
            DefaultValueFactory = _ => "spells",
        };

    public Option<string> Ongoing { get; } =
        new("--ongoing")
        {
            Description =
                "Spells already in status in event week 1 (left-truncated): exclude (default, counted) or include.",
            DefaultValueFactory = _ => "exclude",
        };

    public Option<string> Which { get; } =
        new("--spells")
        {
            Description = "all spells (default) or each person's first spell only.",
            DefaultValueFactory = _ => "all",
        };

    public Option<string?> Data { get; } =
        new("--data") { Description = "A spell-table CSV (e.g. written by 'spells') instead of the study files." };

    public void AddTo(Command command, bool analysis)
    {
        Study.AddTo(command);
        foreach (var o in new Option[] { Status, Gap, CensoredTime, Table })
        {
            command.Options.Add(o);
        }
        if (analysis)
        {
            command.Options.Add(Ongoing);
            command.Options.Add(Which);
        }
        if (AllowData)
        {
            command.Options.Add(Data);
        }
    }

    public bool UsesData(ParseResult parse)
    {
        bool data = AllowData && parse.GetValue(Data) is not null;
        bool study = parse.GetValue(Study.Roster) is not null || parse.GetValue(Study.Register) is not null;
        if (data && study)
        {
            throw new InputException("give either --data or --roster/--register, not both");
        }
        if (!data && (parse.GetValue(Study.Roster) is null || parse.GetValue(Study.Register) is null))
        {
            throw new InputException(
                AllowData ? "give --data F, or --roster F and --register F" : "--roster and --register are required"
            );
        }
        return data;
    }

    /// <summary>
    /// Reads <c>--data</c>; for a spell table (columns <c>ongoing_at_entry</c>, <c>spell</c>, <c>key</c>) the
    /// <c>--ongoing</c> and <c>--spells</c> selections apply as for study inputs, and what they remove is reported.
    /// </summary>
    public DataFrame ReadData(ParseResult parse, TextWriter log)
    {
        var frame = DataFrameReader.ReadCsv(parse.GetValue(Data)!);
        var keep = Enumerable.Range(0, frame.RowCount).ToList();
        if (parse.GetValue(Ongoing) == "exclude" && frame.Contains("ongoing_at_entry"))
        {
            var flag = frame["ongoing_at_entry"];
            int before = keep.Count;
            keep = [.. keep.Where(i => flag.TextAt(i) != "1")];
            log.WriteLine(
                FormattableString.Invariant(
                    $"data: {before - keep.Count} spells ongoing in week 1 excluded (--ongoing include keeps them)"
                )
            );
        }
        if (parse.GetValue(Which) == "first")
        {
            if (!frame.Contains("key") || !frame.Contains("spell"))
            {
                throw new InputException(
                    "--spells first needs the spell table's 'key' and 'spell' columns",
                    frame.SourceFile,
                    1
                );
            }
            var key = frame["key"];
            var spell = frame["spell"];
            int before = keep.Count;
            // The lowest spell number per key among the rows still kept (row order is free).
            keep =
            [
                .. keep.GroupBy(i => key.TextAt(i), StringComparer.Ordinal)
                    .Select(g =>
                        g.MinBy(i =>
                            double.TryParse(
                                spell.TextAt(i),
                                System.Globalization.CultureInfo.InvariantCulture,
                                out double v
                            )
                                ? v
                                : double.PositiveInfinity
                        )
                    )
                    .Order(),
            ];
            log.WriteLine(
                FormattableString.Invariant(
                    $"data: first spell per key kept ({before - keep.Count} later spells dropped)"
                )
            );
        }
        return keep.Count == frame.RowCount ? frame : frame.Subset(keep);
    }

    public SpellOptions SpellOptions(ParseResult parse)
    {
        int gap = parse.GetValue(Gap);
        if (gap < 0)
        {
            throw new InputException("--gap must be 0 or more");
        }
        return new SpellOptions
        {
            Status = SpellStatus.Parse(parse.GetValue(Status)!),
            MaxBridgedGap = gap,
            CensoredTime =
                parse.GetValue(CensoredTime) == "observed-length"
                    ? CensoredSpellTime.ObservedLength
                    : CensoredSpellTime.KnownSurvived,
        };
    }

    public bool TimeToFirst(ParseResult parse) => parse.GetValue(Table) == "time-to-first";

    /// <summary>Loads the study and builds the spell table with the analysis selections applied.</summary>
    public (SpellTable? Spells, TimeToStatusTable? First) Build(ParseResult parse, bool analysis, TextWriter log)
    {
        var options = SpellOptions(parse);
        var study = Study.Load(parse);
        if (TimeToFirst(parse))
        {
            var first = SpellExtractor.TimeToStatus(study, options.Status);
            log.WriteLine(
                FormattableString.Invariant(
                    $"time to first {options.Status.Name}: {first.Rows.Count} persons followed ({first.Persons.Count - first.Rows.Count} of {first.Persons.Count} roster persons not followed), {first.Rows.Count(r => r.Event)} reached it"
                )
            );
            return (null, first);
        }
        var spells = SpellExtractor.Extract(study, options);
        int ongoing = spells.Spells.Count(s => s.OngoingAtEntry);
        if (analysis && parse.GetValue(Ongoing) == "exclude")
        {
            spells = spells.WithoutOngoingAtEntry();
        }
        if (analysis && parse.GetValue(Which) == "first")
        {
            spells = spells.FirstSpells();
        }
        log.WriteLine(
            FormattableString.Invariant(
                $"spells of {options.Status.Name} (gap {options.MaxBridgedGap}): {spells.Spells.Count} spells of {spells.PersonsWithSpells} persons, {spells.Events} exits; {ongoing} ongoing in week 1{(spells.ExcludedOngoingAtEntry > 0 ? " (excluded)" : "")}; {spells.PersonsFollowed} of {spells.Persons.Count} roster persons followed"
            )
        );
        return (spells, null);
    }
}
