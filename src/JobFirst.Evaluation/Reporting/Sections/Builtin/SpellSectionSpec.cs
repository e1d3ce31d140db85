using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// Options shared by the sections built on spells of a weekly status (<c>kaplan_meier</c>, <c>stability</c>): which
/// status, how gaps are bridged, and which spells enter (see <c>docs/survival.md</c>, "Spells").
/// </summary>
public abstract record SpellSectionSpec : SectionSpec
{
    /// <summary>Weekly status of the spells (default <c>employed</c>: ordinary hours &gt; 0; any 0/1 indicator, <c>active</c> or codebook category).</summary>
    public string Status { get; init; } = "employed";

    /// <summary>Longest run of out-of-status weeks bridged inside a spell (default 0).</summary>
    public int Gap { get; init; }

    /// <summary>Spells already running in event week 1 (start unknown): <c>exclude</c> (default, counted) or <c>include</c>.</summary>
    public string Ongoing { get; init; } = "exclude";

    /// <summary><c>all</c> spells of a person or only the <c>first</c>; null = the section's default.</summary>
    public string? Spells { get; init; }

    /// <summary>Checks the shared options (no data needed).</summary>
    internal void ValidateSpellOptions(SpecScope scope)
    {
        try
        {
            _ = SpellStatus.Parse(Status);
        }
        catch (InputException ex)
        {
            throw scope.Error("status", ex.Message);
        }
        if (Gap < 0)
        {
            throw scope.Error("gap", "must be at least 0");
        }
        if (Ongoing is not ("exclude" or "include"))
        {
            throw scope.Error("ongoing", $"must be \"exclude\" or \"include\", not \"{Ongoing}\"");
        }
        if (Spells is not (null or "all" or "first"))
        {
            throw scope.Error("spells", $"must be \"all\" or \"first\", not \"{Spells}\"");
        }
    }
}
