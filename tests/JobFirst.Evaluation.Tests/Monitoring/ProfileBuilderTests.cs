using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Profiles;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Input;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Profile tables (seed 004 Tabel 1–2) pinned on a hand-built participants file.</summary>
public sealed class ProfileBuilderTests
{
    // Unit A: 6 persons, unit B: 5, unit C: 2 (below min_cell 5).
    private const string Participants = """
        person_id,visitation_date,site,target_group,gender,age,score
        SECRET01,2019-03-04,A,ui,female,30,1
        SECRET02,2019-03-04,A,ui,female,40,2
        SECRET03,2019-03-04,A,cash,male,50,
        SECRET04,2019-03-04,A,cash,male,20,3
        SECRET05,2019-03-04,A,cash,female,60,4
        SECRET06,2019-03-04,A,ui,,40,5
        SECRET07,2019-03-04,B,ui,male,25,1
        SECRET08,2019-03-04,B,ui,male,35,1
        SECRET09,2019-03-04,B,ui,female,45,1
        SECRET10,2019-03-04,B,cash,male,55,2
        SECRET11,2019-03-04,B,cash,female,65,2
        SECRET12,2019-03-04,C,ui,female,70,3
        SECRET13,2019-03-04,C,ui,female,80,3
        """;

    private static Roster.Roster Read(TempDirectory dir, string text = Participants) =>
        RosterReader.Read(dir.Write("p.csv", text), RosterDesign.ParticipantsOnly);

    private static ProfileRow Cell(ProfileTable t, string unit, string trait) =>
        t.Rows.Single(r => r.Unit == unit && r.Trait == trait);

    [Fact]
    public void Numeric_traits_get_unit_means_and_the_total_mean_with_the_range_of_shown_units()
    {
        using var dir = new TempDirectory();
        var t = ProfileBuilder.Build(Read(dir));
        Assert.Equal(40.0, Cell(t, "A", "age").Value!.Value, 12);
        Assert.Equal(45.0, Cell(t, "B", "age").Value!.Value, 12);
        Assert.True(Cell(t, "C", "age").Suppressed);
        Assert.Null(Cell(t, "C", "age").Value);
        var total = Cell(t, "total", "age");
        Assert.Equal(615.0 / 13, total.Value!.Value, 12); // the mean over all persons, C included
        Assert.Equal((40.0, 45.0, 2), (total.RangeLow!.Value, total.RangeHigh!.Value, total.RangeUnits!.Value)); // C left out
        var score = Cell(t, "A", "score");
        Assert.Equal((5, 1, 3.0), (score.N, score.NMissing, score.Value!.Value)); // missing value left out, counted
    }

    [Fact]
    public void Categorical_traits_get_the_majority_category_ties_go_to_the_first_in_ordinal_order()
    {
        using var dir = new TempDirectory();
        // min_cell 3 here: with the default 5 a majority of 3 persons is itself a small cell (see below).
        var t = ProfileBuilder.Build(Read(dir), minCell: 3);
        // A: 3 female, 2 male, 1 missing.
        var a = Cell(t, "A", "gender");
        Assert.Equal(("female", 3, 0.6, false, 1), (a.Category, a.Count!.Value, a.Value!.Value, a.Tie, a.NMissing));
        // A's target group: 3 cash, 3 ui: a tie, broken towards "cash" (ordinal order), flagged.
        var tie = Cell(t, "A", "target_group");
        Assert.Equal(("cash", 0.5, true), (tie.Category, tie.Value!.Value, tie.Tie));
        // Total: ui 8 of 13; the range is ui's share in each shown unit: A 3/6, B 3/5.
        var total = Cell(t, "total", "target_group");
        Assert.Equal(("ui", 8.0 / 13), (total.Category, total.Value!.Value));
        Assert.Equal((0.5, 0.6), (total.RangeLow!.Value, total.RangeHigh!.Value));
        // B: 3 male of 5 is shown at min_cell 3; at the default 5 the count of 3 is a small cell and suppressed,
        // though B has 5 persons.
        Assert.Equal("male", Cell(t, "B", "gender").Category);
        var strict = ProfileBuilder.Build(Read(dir));
        Assert.True(Cell(strict, "B", "gender").Suppressed);
        Assert.Null(Cell(strict, "B", "gender").Category);
    }

    [Fact]
    public void Kinds_are_inferred_and_grouping_by_target_group_drops_it_from_the_traits()
    {
        using var dir = new TempDirectory();
        var roster = Read(dir);
        var traits = ProfileBuilder.InferTraits(roster);
        Assert.Equal(
            [
                ("target_group", TraitKind.Categorical),
                ("gender", TraitKind.Categorical),
                ("age", TraitKind.Numeric),
                ("score", TraitKind.Numeric),
            ],
            traits.Select(x => (x.Name, x.Kind)).ToArray()
        );
        var byGroup = ProfileBuilder.Build(roster, "target_group");
        Assert.DoesNotContain(byGroup.Traits, x => x.Name == "target_group");
        Assert.Equal(["cash", "ui"], byGroup.Units.Select(u => u.Unit).ToArray());
    }

    [Fact]
    public void The_display_table_shows_means_majorities_and_ranges_in_parentheses()
    {
        using var dir = new TempDirectory();
        var display = ProfileBuilder
            .Build(Read(dir), traits: [new("gender", TraitKind.Categorical), new("age", TraitKind.Numeric)], minCell: 3)
            .ToDisplayTable();
        Assert.Equal(["site", "n", "gender", "age"], display.Columns);
        Assert.Equal("60% female", display[0, "gender"]);
        Assert.Equal("40.0", display[0, "age"]);
        Assert.Equal("<3", display[2, "age"]); // unit C
        Assert.Null(display[2, "n"]); // 2 persons: a small count
        Assert.Equal("47.3 (40.0–45.0)", display[3, "age"]);
        Assert.Equal(13, display[3, "n"]);
        var text = display.ToString();
        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numeric_trait_with_text_is_an_error_naming_the_line()
    {
        using var dir = new TempDirectory();
        var roster = Read(
            dir,
            Participants.Replace(
                "SECRET04,2019-03-04,A,cash,male,20",
                "SECRET04,2019-03-04,A,cash,male,twenty",
                StringComparison.Ordinal
            )
        );
        var ex = Assert.Throws<Errors.InputException>(() =>
            ProfileBuilder.Build(roster, traits: [new("age", TraitKind.Numeric)])
        );
        Assert.Equal(5, ex.Line);
        Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
        Assert.Throws<Errors.InputException>(() => ProfileBuilder.Build(roster, "region"));
    }
}
