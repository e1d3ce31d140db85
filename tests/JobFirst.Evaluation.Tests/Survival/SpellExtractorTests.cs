using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>
/// Spell construction on hand-built panels (see <see cref="SpellPanelFixture"/> for the week alphabet:
/// h = hours, . = cash benefit, o = self-support without hours, s = sickness, u = SU, i = internship,
/// w = wage subsidy, x = censoring-exit code). Follow-up ends at the string's end.
/// </summary>
public class SpellExtractorTests
{
    private static SpellTable Spells(string person, SpellOptions? options = null, EventPanelOptions? panel = null)
    {
        var (p, r) = SpellPanelFixture.Build([person], options: panel);
        return SpellExtractor.Extract(p, r, options);
    }

    [Fact]
    public void An_ordinary_hours_spell_ends_in_the_first_week_without_hours_and_records_the_category_entered()
    {
        var s = Assert.Single(Spells(".hhhos..").Spells);
        Assert.Equal((2, 4, 3, 3, 3, true), (s.EntryWeek, s.LastWeek, s.Length, s.WeeksInStatus, s.Time, s.Event));
        Assert.Equal(5, s.ExitWeek);
        Assert.Equal("self_support", s.ExitCategory);
        Assert.Equal(CompetingExit.SelfSupport, s.ExitGroup);
        Assert.Equal(SpellEndReason.Exit, s.EndReason);
        Assert.False(s.OngoingAtEntry);
    }

    [Theory]
    [InlineData(".h.", "cash_benefit", CompetingExit.Benefit)]
    [InlineData(".hs", "sickness_benefit", CompetingExit.Sickness)]
    [InlineData(".hu", "student_grant", CompetingExit.Education)]
    [InlineData(".hi", "internship", CompetingExit.Activity)]
    [InlineData(".hw", "wage_subsidy", CompetingExit.Activity)]
    [InlineData(".ho", "self_support", CompetingExit.SelfSupport)]
    public void Competing_exits_are_the_category_of_the_exit_week(string weeks, string category, CompetingExit group)
    {
        var s = Assert.Single(Spells(weeks).Spells);
        Assert.True(s.Event);
        Assert.Equal(category, s.ExitCategory);
        Assert.Equal(group, s.ExitGroup);
    }

    [Fact]
    public void A_spell_ending_in_the_last_observed_week_is_an_exit()
    {
        // Week 5 is the extract's last week and has no hours: the exit is observed.
        var s = Assert.Single(Spells(".hhh.").Spells);
        Assert.True(s.Event);
        Assert.Equal(3, s.Time);
        Assert.Equal(5, s.ExitWeek);
    }

    [Fact]
    public void A_spell_in_status_in_the_last_week_is_censored_at_the_extract_end_one_week_before_its_length()
    {
        var s = Assert.Single(Spells("..hhh").Spells);
        Assert.False(s.Event);
        Assert.Equal(SpellEndReason.ExtractEnd, s.EndReason);
        Assert.Equal((3, 5, 3), (s.EntryWeek, s.LastWeek, s.Length));
        Assert.Equal(2, s.Time); // known to have survived durations 1..2; week 6 (the outcome at 3) is unobserved
        Assert.Null(s.ExitWeek);
        Assert.Null(s.ExitCategory);
        Assert.Null(s.ExitGroup);
        var observed = Assert.Single(
            Spells("..hhh", new SpellOptions { CensoredTime = CensoredSpellTime.ObservedLength }).Spells
        );
        Assert.Equal(3, observed.Time);
    }

    [Fact]
    public void A_censoring_exit_code_censors_the_spell_where_follow_up_stops()
    {
        var s = Assert.Single(Spells(".hhx...").Spells);
        Assert.False(s.Event);
        Assert.Equal(SpellEndReason.CensoringExit, s.EndReason);
        Assert.Equal((2, 3, 1), (s.Length, s.LastWeek, s.Time));
    }

    [Fact]
    public void With_exit_codes_kept_as_a_category_the_spell_ends_into_exit()
    {
        var s = Assert.Single(
            Spells(".hhx..", panel: new EventPanelOptions { ExitHandling = ExitHandling.KeepAsCategory }).Spells
        );
        Assert.True(s.Event);
        Assert.Equal("exit", s.ExitCategory);
        Assert.Equal(CompetingExit.Exit, s.ExitGroup);
    }

    [Fact]
    public void The_panel_follow_up_limit_censors_with_its_own_reason()
    {
        var s = Assert.Single(Spells("..hhhhhh..", panel: new EventPanelOptions { MaxFollowUpWeeks = 5 }).Spells);
        Assert.False(s.Event);
        Assert.Equal(SpellEndReason.FollowUpLimit, s.EndReason);
        Assert.Equal(3, s.Length);
    }

    [Theory]
    // gap g bridges runs of at most g weeks without hours; g + 1 end the spell at its last week with hours.
    [InlineData("hh..hh...", 2, 1, 6, 4)]
    [InlineData("hh...hh...", 2, 2, 2, 2)]
    [InlineData("hh.hh.hh....", 1, 1, 8, 6)]
    [InlineData("hh..hh....", 1, 2, 2, 2)]
    [InlineData("hhhh", 4, 1, 4, 4)]
    public void Gap_bridging_boundary(string weeks, int gap, int spells, int firstLength, int firstInStatus)
    {
        var t = Spells(weeks, new SpellOptions { MaxBridgedGap = gap });
        Assert.Equal(spells, t.Spells.Count);
        Assert.Equal(firstLength, t.Spells[0].Length);
        Assert.Equal(firstInStatus, t.Spells[0].WeeksInStatus);
    }

    [Fact]
    public void With_a_bridged_gap_the_exit_needs_g_plus_one_observed_weeks_out_of_status()
    {
        // g = 2: three weeks without hours are observed after week 4 -> exit at week 5.
        var ended = Assert.Single(Spells(".hhh...", new SpellOptions { MaxBridgedGap = 2 }).Spells);
        Assert.True(ended.Event);
        Assert.Equal((3, 5), (ended.Time, ended.ExitWeek));
        // Only two are observed: the gap may still close, so the spell is censored.
        var open = Assert.Single(Spells(".hhh..", new SpellOptions { MaxBridgedGap = 2 }).Spells);
        Assert.False(open.Event);
        Assert.Equal(SpellEndReason.ExtractEnd, open.EndReason);
        Assert.Equal((3, 2), (open.Length, open.Time));
    }

    [Fact]
    public void Spells_already_running_in_week_one_are_flagged_and_can_be_excluded_with_a_count()
    {
        var (p, r) = SpellPanelFixture.Build(["hh.hh.", "..hh..", "h....."]);
        var t = SpellExtractor.Extract(p, r);
        Assert.Equal(4, t.Spells.Count);
        Assert.Equal([true, false, false, true], t.Spells.Select(s => s.OngoingAtEntry));
        Assert.Equal([1, 2, 1, 1], t.Spells.Select(s => s.SpellNumber));
        Assert.Equal([1, 1, 2, 3], t.Spells.Select(s => s.Key));
        var fresh = t.WithoutOngoingAtEntry();
        Assert.Equal(2, fresh.Spells.Count);
        Assert.Equal(2, fresh.ExcludedOngoingAtEntry);
        Assert.Equal("2", fresh.Metadata()["excluded_ongoing_at_entry"]);
        Assert.Equal([1, 2], fresh.FirstSpells().Spells.Select(s => s.Key));
    }

    [Fact]
    public void Other_statuses_and_company_oriented_activity()
    {
        var internship = Spells("iii.i", new SpellOptions { Status = SpellStatus.Parse("internship") });
        Assert.Equal([3, 1], internship.Spells.Select(s => s.Length));
        var active = Assert.Single(Spells(".ihw.", new SpellOptions { Status = SpellStatus.Active }).Spells);
        Assert.Equal((2, 3, "cash_benefit"), (active.EntryWeek, active.Length, active.ExitCategory));
        var cash = Spells("..h.", new SpellOptions { Status = SpellStatus.Parse("cash_benefit") });
        Assert.Equal([2, 1], cash.Spells.Select(s => s.Length));
    }

    [Theory]
    [InlineData("hours", "employed")]
    [InlineData("active13", "active")]
    [InlineData("bogus", "known:")]
    public void Unusable_status_names_are_input_errors(string name, string hint)
    {
        var ex = Assert.Throws<InputException>(() => SpellStatus.Parse(name));
        Assert.Contains(hint, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_to_first_hours_is_the_first_week_with_hours_or_censored_at_the_last_observed_week()
    {
        var (p, r) = SpellPanelFixture.Build(["..h.", "....", "hhhh", ".x.."]);
        var t = SpellExtractor.TimeToStatus(p, r);
        Assert.Equal(
            [
                (1, 3, true, SpellEndReason.Exit),
                (2, 4, false, SpellEndReason.ExtractEnd),
                (3, 1, true, SpellEndReason.Exit),
                (4, 1, false, SpellEndReason.CensoringExit),
            ],
            t.Rows.Select(x => (x.Key, x.Time, x.Event, x.EndReason))
        );
    }

    [Fact]
    public void Tables_carry_the_pseudonymous_key_and_person_columns_never_the_id()
    {
        var (p, r) = SpellPanelFixture.Build([".hh.", "..hh", "h..."]);
        var table = SpellExtractor.Extract(p, r).ToResultTable();
        string csv = table.ToString(JobFirst.Evaluation.Reporting.Tables.TableFormat.Csv);
        Assert.DoesNotContain("ID", csv, StringComparison.Ordinal);
        Assert.Equal(
            [
                "key",
                "spell",
                "entry_week",
                "last_week",
                "length",
                "weeks_in_status",
                "time",
                "event",
                "end_reason",
                "exit_week",
                "exit_category",
                "exit_group",
                "ongoing_at_entry",
                "arm",
                "treatment",
                "site",
                "target_group",
                "gender",
                "birth_year",
                "hist_weeks_observed",
                "hist_weeks_employed",
                "hist_weeks_self_supporting",
                "hist_weeks_sick",
            ],
            table.Columns
        );
        Assert.StartsWith(
            "1,1,2,3,2,2,2,1,exit,4,cash_benefit,benefit,0,control,0,JC01,cash_benefit,female,1980,4,",
            csv.Split('\n')[1],
            StringComparison.Ordinal
        );
        var frame = SpellExtractor.Extract(p, r).ToDataFrame();
        Assert.Equal(JobFirst.Evaluation.Data.DataColumnKind.Numeric, frame["birth_year"].Kind);
        Assert.Equal(JobFirst.Evaluation.Data.DataColumnKind.Text, frame["gender"].Kind);
    }

    [Fact]
    public void Property_spells_partition_the_weeks_in_status()
    {
        var gen =
            from persons in Gen.Choose(1, 5)
            from weeks in Gen.Choose(1, 40)
            from gap in Gen.Choose(0, 5)
            from rows in Gen.ArrayOf(Gen.Elements('h', '.', 'o', 's', 'i', 'x').ArrayOf(weeks), persons)
            select (Rows: rows.Select(c => new string(c)).ToArray(), Gap: gap);
        Prop.ForAll(
                gen.ToArbitrary(),
                c =>
                {
                    var (p, r) = SpellPanelFixture.Build(c.Rows);
                    var t = SpellExtractor.Extract(p, r, new SpellOptions { MaxBridgedGap = c.Gap });
                    bool ok = true;
                    for (int i = 0; i < c.Rows.Length; i++)
                    {
                        int observed = p.ObservedWeeks(i);
                        int inStatus = c.Rows[i][..observed].Count(ch => ch == 'h');
                        var mine = t.Spells.Where(s => s.Key == i + 1).ToList();
                        ok &= mine.Sum(s => s.WeeksInStatus) == inStatus;
                        ok &= mine.All(s => s.LastWeek <= observed && s.Length >= s.WeeksInStatus && s.Time >= 0);
                        ok &= mine.Zip(mine.Skip(1), (a, b) => b.EntryWeek - a.LastWeek > c.Gap + 1).All(x => x);
                        ok &= c.Gap > 0 || mine.All(s => s.Length == s.WeeksInStatus);
                        ok &= mine.Count(s => !s.Event) <= 1 && (mine.Count == 0 || mine.SkipLast(1).All(s => s.Event));
                    }
                    return ok.Label(string.Join("|", c.Rows) + $" gap {c.Gap}");
                }
            )
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Hours_spells_without_an_hours_source_are_an_error_not_an_empty_table()
    {
        var window = new ExtractWindow(SpellPanelFixture.Visit, SpellPanelFixture.Visit.AddWeeks(3));
        var roster = SpellPanelFixture.Build(["...."]).Roster;
        var builder = new EventPanelBuilder([SpellPanelFixture.Visit], window);
        builder.Add(0, new Codebook.BenefitCategory[4], ReadOnlySpan<float>.Empty);
        var panel = builder.Build();
        var ex = Assert.Throws<InputException>(() => SpellExtractor.Extract(panel, roster));
        Assert.Contains("--hours", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => SpellExtractor.TimeToStatus(panel, roster));
        // Statuses defined by register codes need no hours.
        Assert.Empty(SpellExtractor.Extract(panel, roster, new SpellOptions { Status = SpellStatus.Active }).Spells);
    }

    [Fact]
    public void A_roster_covariate_named_like_a_spell_column_is_an_input_error()
    {
        var (p, r) = SpellPanelFixture.Build([".h."]);
        var clash = new JobFirst.Evaluation.Roster.Roster(
            r.Persons.Select(x => x with { Covariates = ["1", "2"] }),
            ["time", "x"],
            "roster.csv"
        );
        var ex = Assert.Throws<InputException>(() => SpellExtractor.Extract(p, clash));
        Assert.Contains("'time'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("roster.csv", ex.File);
    }
}
