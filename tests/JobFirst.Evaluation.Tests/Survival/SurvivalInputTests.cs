using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Survival;
using JobFirst.Evaluation.Survival.DiscreteTime;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Reading survival columns and expanding person-period rows: malformed input names file, line and column.</summary>
public class SurvivalInputTests
{
    private static DataFrame Csv(string text) => DataFrameReader.Read(new StringReader(text), "spells.csv");

    [Theory]
    [InlineData("key,time,event\n1,3,1\n2,abc,0\n", 3, 2, "time must be a number")]
    [InlineData("key,time,event\n1,3,1\n\n2,-1,0\n", 4, 2, "time must be ≥ 0")]
    [InlineData("key,time,event\n1,3,1\n2,4,2\n", 3, 3, "event must be 0/1")]
    [InlineData("key,event,time\n1,yes,3\n", 2, 2, "event must be 0/1")]
    public void Bad_time_or_event_values_name_file_line_and_column(string text, long line, int column, string message)
    {
        var ex = Assert.Throws<InputException>(() =>
            SurvivalData.FromFrame(Csv(text), new SurvivalColumns("time", "event"))
        );
        Assert.Equal("spells.csv", ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_text_value_in_the_time_column_is_shown_by_length_only()
    {
        var ex = Assert.Throws<InputException>(() =>
            SurvivalData.FromFrame(Csv("time,event\n0101901234xyz,1\n"), new SurvivalColumns("time", "event"))
        );
        Assert.DoesNotContain("0101901234", ex.Message, StringComparison.Ordinal);
        Assert.Contains("13 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_columns_and_entry_after_time_are_errors()
    {
        Assert.Throws<InputException>(() =>
            SurvivalData.FromFrame(Csv("t,event\n1,1\n"), new SurvivalColumns("time", "event"))
        );
        var ex = Assert.Throws<InputException>(() =>
            SurvivalData.FromFrame(
                Csv("start,time,event\n0,2,1\n3,2,0\n"),
                new SurvivalColumns("time", "event", Entry: "start")
            )
        );
        Assert.Equal((3L, 1), (ex.Line, ex.Column));
    }

    [Fact]
    public void Missing_values_drop_rows_and_are_counted_like_na_omit()
    {
        var d = SurvivalData.FromFrame(
            Csv("time,event,arm\n1,1,a\nNA,1,a\n3,,b\n4,0,b\n5,1,\n"),
            new SurvivalColumns("time", "event", Group: "arm")
        );
        Assert.Equal(2, d.Count);
        Assert.Equal([0, 3], d.UsedRowIndices);
        Assert.Equal(3, d.DroppedRows.RowsDropped);
        Assert.Equal("3 rows dropped (missing: time 1, event 1, arm 1)", d.DroppedRows.Describe());
        Assert.Equal(["a", "b"], d.GroupLevels);
    }

    [Fact]
    public void Numeric_groups_are_ordered_numerically_text_groups_ordinally()
    {
        var n = SurvivalData.FromFrame(
            Csv("time,event,g\n1,1,10\n2,1,9\n"),
            new SurvivalColumns("time", "event", Group: "g")
        );
        Assert.Equal(["9", "10"], n.GroupLevels);
        var t = SurvivalData.FromFrame(
            Csv("time,event,g\n1,1,b\n2,1,B\n3,TRUE,a\n"),
            new SurvivalColumns("time", "event", Group: "g")
        );
        Assert.Equal(["B", "a", "b"], t.GroupLevels);
        Assert.True(t.Event[2]);
    }

    [Fact]
    public void Person_period_rows_are_durations_one_to_time_with_the_event_in_the_last()
    {
        var pp = PersonPeriodExpansion.Expand(Csv("key,time,event,arm\n1,3,1,a\n2,2,0,b\n3,0,0,b\n"));
        var f = pp.Frame;
        Assert.Equal(5, f.RowCount);
        Assert.Equal([1.0, 2, 3, 1, 2], f["duration"].Numbers.ToArray());
        Assert.Equal([0.0, 0, 1, 0, 0], f["event"].Numbers.ToArray());
        Assert.Equal(["a", "a", "a", "b", "b"], f["arm"].Texts);
        Assert.Equal(["01-01", "02-02", "03-03", "01-01", "02-02"], f["duration_band"].Texts);
        Assert.Equal(Math.Log(3), f["log_duration"].Numbers[2]);
        Assert.Equal((3, 1, 1), (pp.Spells, pp.SpellsWithoutPeriods, pp.Events));
    }

    [Theory]
    [InlineData("key,time,event\n1,2.5,1\n", 2, 2, "whole number")]
    [InlineData("key,time,event\n1,2,0\n1,0,1\n", 3, 2, "at least 1 period")]
    [InlineData("key,time,event\n1,2,x\n", 2, 3, "event must be 0 or 1")]
    [InlineData("key,time,event,duration\n1,2,1,4\n", 1, 4, "rename it")]
    public void Person_period_expansion_rejects_non_discrete_input(string text, long line, int column, string message)
    {
        var ex = Assert.Throws<InputException>(() => PersonPeriodExpansion.Expand(Csv(text)));
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_bands_label_in_sortable_form()
    {
        var b = DurationBands.Weekly;
        Assert.Equal(["01-01", "02-02", "03-03", "04-04", "05-08", "09-13", "14-26", "27-52", "53+"], b.Labels);
        Assert.Equal("05-08", b.LabelOf(8));
        Assert.Equal("53+", b.LabelOf(200));
        Assert.Equal(b.Labels.Order(StringComparer.Ordinal), b.Labels);
        Assert.Throws<InputException>(() => DurationBands.Parse("2,4"));
        Assert.Throws<InputException>(() => DurationBands.Parse("1,x"));
    }
}
