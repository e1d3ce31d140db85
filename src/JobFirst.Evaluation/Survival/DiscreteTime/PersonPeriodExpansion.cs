using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Survival.Spells;

namespace JobFirst.Evaluation.Survival.DiscreteTime;

/// <summary>
/// Expands spells into person-period rows for a discrete-time hazard model (Allison 1982; Jenkins 1995):
/// a spell with time T and event δ gives rows for durations 1..T with y = 0, except y = δ in period T. The
/// likelihood of a binary GLM on these rows is the discrete-time survival likelihood, so a logit or
/// complementary log-log fit with duration terms estimates the period hazard. (R: <c>survSplit</c> or a
/// manual expansion followed by <c>glm(event ~ ..., binomial(link = "cloglog"))</c>.)
/// </summary>
public static class PersonPeriodExpansion
{
    /// <summary>Names of the columns the expansion adds (they must not exist in the input).</summary>
    public static IReadOnlyList<string> AddedColumns { get; } = ["duration", "log_duration", "duration_band"];

    /// <summary>Expands a spell table (its analysis <c>time</c> and <c>event</c>).</summary>
    public static PersonPeriodData Expand(SpellTable spells, DurationBands? bands = null)
    {
        ArgumentNullException.ThrowIfNull(spells);
        return Expand(spells.ToDataFrame(), new PersonPeriodOptions(Bands: bands));
    }

    /// <summary>
    /// Expands any table with a whole-number time column and a 0/1 event column (e.g. a spell-table CSV).
    /// Rows missing time or event are an error (a person-period file cannot represent them); a time that is
    /// not a whole number ≥ 0 or an event that is not 0/1 names file, line and column.
    /// </summary>
    public static PersonPeriodData Expand(DataFrame frame, PersonPeriodOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        options ??= new PersonPeriodOptions();
        var bands = options.Bands ?? DurationBands.Weekly;
        foreach (var added in AddedColumns)
        {
            if (frame.Contains(added))
            {
                throw new InputException(
                    $"column '{added}' is added by the person-period expansion; rename it in the input",
                    frame.SourceFile,
                    1,
                    frame.ColumnNumberOf(added)
                );
            }
        }
        var timeColumn = frame[options.Time];
        var eventColumn = frame[options.Event];
        int n = frame.RowCount;
        var times = new int[n];
        var events = new bool[n];
        long total = 0;
        for (int i = 0; i < n; i++)
        {
            string? t = timeColumn.TextAt(i);
            if (
                t is null
                || !double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
                || v < 0
                || v != Math.Floor(v)
                || v > int.MaxValue
            )
            {
                throw Bad(
                    frame,
                    options.Time,
                    i,
                    $"discrete time must be a whole number ≥ 0, not '{SurvivalData.Shorten(t ?? "NA")}'"
                );
            }
            times[i] = (int)v;
            events[i] = eventColumn.TextAt(i) switch
            {
                "1" => true,
                "0" => false,
                var e => throw Bad(
                    frame,
                    options.Event,
                    i,
                    $"event must be 0 or 1, not '{SurvivalData.Shorten(e ?? "NA")}'"
                ),
            };
            if (events[i] && times[i] == 0)
            {
                throw Bad(frame, options.Time, i, "an event needs a time of at least 1 period");
            }
            total += times[i];
        }
        if (total > int.MaxValue / 2)
        {
            throw new InputException("the person-period expansion would exceed 1 billion rows", frame.SourceFile);
        }
        int m = (int)total;
        var source = new int[m];
        var duration = new double[m];
        var logDuration = new double[m];
        var band = new string?[m];
        var y = new double[m];
        int r = 0;
        int without = 0;
        int eventCount = 0;
        for (int i = 0; i < n; i++)
        {
            if (times[i] == 0)
            {
                without++;
            }
            for (int d = 1; d <= times[i]; d++, r++)
            {
                source[r] = i;
                duration[r] = d;
                logDuration[r] = Math.Log(d);
                band[r] = bands.LabelOf(d);
                y[r] = events[i] && d == times[i] ? 1 : 0;
            }
            eventCount += events[i] ? 1 : 0;
        }
        var columns = new List<DataColumn>(frame.Columns.Count + 3);
        foreach (var c in frame.Columns)
        {
            if (c.Name == options.Event)
            {
                columns.Add(DataColumn.WrapNumbers(c.Name, y));
            }
            else if (c.Kind == DataColumnKind.Numeric)
            {
                var values = c.Numbers;
                var expanded = new double[m];
                for (int k = 0; k < m; k++)
                {
                    expanded[k] = values[source[k]];
                }
                columns.Add(DataColumn.WrapNumbers(c.Name, expanded));
            }
            else
            {
                var values = c.Texts;
                var expanded = new string?[m];
                for (int k = 0; k < m; k++)
                {
                    expanded[k] = values[source[k]];
                }
                columns.Add(DataColumn.WrapTexts(c.Name, expanded));
            }
        }
        columns.Add(DataColumn.WrapNumbers("duration", duration));
        columns.Add(DataColumn.WrapNumbers("log_duration", logDuration));
        columns.Add(DataColumn.WrapTexts("duration_band", band));
        return new PersonPeriodData(new DataFrame(columns, frame.SourceFile), n, without, eventCount, bands);
    }

    private static InputException Bad(DataFrame frame, string column, int row, string message) =>
        new($"column '{column}': {message}", frame.SourceFile, frame.LineOf(row), frame.ColumnNumberOf(column));
}
