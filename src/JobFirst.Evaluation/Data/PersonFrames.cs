using System.Globalization;

namespace JobFirst.Evaluation.Data;

/// <summary>
/// Person-level data frames built from a roster, for regressions in scripts (<c>frame.FitLogistic(...)</c>). Rows are
/// roster persons in roster order; the person identifier is never a column.
/// </summary>
public static class PersonFrames
{
    /// <summary>
    /// The roster's analysis columns: <c>treatment</c> (1/0) and <c>arm</c> for a randomised trial, then <c>site</c>,
    /// <c>target_group</c> and every covariate column (numeric when each non-missing value reads as an invariant
    /// number, else text; an empty cell is missing).
    /// </summary>
    /// <param name="roster">The roster.</param>
    /// <param name="persons">Roster indices to include, in order (default everyone).</param>
    public static DataFrame FromRoster(Roster.Roster roster, IReadOnlyList<int>? persons = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var rows = persons ?? [.. Enumerable.Range(0, roster.Count)];
        var p = roster.Persons;
        var columns = new List<DataColumn>();
        if (roster.Design == Roster.RosterDesign.RandomisedTrial)
        {
            columns.Add(
                DataColumn.FromNumbers("treatment", [.. rows.Select(i => p[i].Arm == Roster.Arm.Treatment ? 1.0 : 0.0)])
            );
            columns.Add(
                DataColumn.FromTexts(
                    "arm",
                    [.. rows.Select(i => p[i].Arm == Roster.Arm.Treatment ? "treatment" : "control")]
                )
            );
        }
        columns.Add(DataColumn.FromTexts("site", [.. rows.Select(i => p[i].Site)]));
        columns.Add(DataColumn.FromTexts("target_group", [.. rows.Select(i => p[i].TargetGroup)]));
        var taken = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        for (int c = 0; c < roster.CovariateNames.Count; c++)
        {
            string name = roster.CovariateNames[c];
            if (!taken.Add(name))
            {
                continue;
            }
            var texts = rows.Select(i => p[i].Covariates[c]).ToList();
            bool numeric =
                texts.Any(t => t is not null)
                && texts.All(t =>
                    t is null || double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                );
            columns.Add(
                numeric
                    ? DataColumn.FromNumbers(
                        name,
                        [
                            .. texts.Select(t =>
                                t is null
                                    ? double.NaN
                                    : double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)
                            ),
                        ]
                    )
                    : DataColumn.FromTexts(name, texts)
            );
        }
        return new DataFrame(columns);
    }

    /// <summary>
    /// <paramref name="outcome"/> (one value per row, NaN = missing, so a regression drops and counts the row) placed
    /// first, then the columns of <paramref name="frame"/>.
    /// </summary>
    public static DataFrame WithOutcome(DataFrame frame, string outcome, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != frame.RowCount)
        {
            throw new ArgumentException($"{values.Count} outcome values for {frame.RowCount} rows.", nameof(values));
        }
        return new DataFrame([DataColumn.FromNumbers(outcome, values), .. frame.Columns.Where(c => c.Name != outcome)]);
    }
}
