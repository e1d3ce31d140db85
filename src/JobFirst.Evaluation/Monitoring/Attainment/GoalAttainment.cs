namespace JobFirst.Evaluation.Monitoring.Attainment;

/// <summary>
/// Realised counts against original and adjusted targets per unit and in total (seed 004 Tabel 3,
/// 004:1589-1643): attainment = realised / target. The total row sums targets and realised counts over the
/// units that have a target and gives the range of the unit attainments. A unit with a target and no realised
/// count has realised 0; a unit with a realised count and no target is shown with null targets and listed.
/// </summary>
public static class GoalAttainment
{
    /// <summary>Computes the attainment table for every measure in <paramref name="targets"/>.</summary>
    /// <exception cref="Errors.InputException">A target measure with no realised counts at all (nothing to compare).</exception>
    public static AttainmentResult Compute(
        IReadOnlyList<TargetRecord> targets,
        IReadOnlyList<RealisedCount> realised,
        int minCell = 5
    )
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(realised);
        SmallCells.Check(minCell);
        var rows = new List<AttainmentRow>();
        var withoutTarget = new List<string>();
        foreach (var measure in targets.Select(t => t.Measure).Distinct().Order(StringComparer.Ordinal))
        {
            var counts = realised
                .Where(r => r.Measure == measure)
                .GroupBy(r => r.Unit, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
            if (counts.Count == 0)
            {
                throw new Errors.InputException(
                    $"no realised counts for target measure '{measure}' (measures available: {string.Join(", ", realised.Select(r => r.Measure).Distinct())})"
                );
            }
            var byUnit = targets.Where(t => t.Measure == measure).ToDictionary(t => t.Unit, StringComparer.Ordinal);
            var units = byUnit.Keys.Concat(counts.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            var unitRows = new List<AttainmentRow>();
            foreach (var unit in units)
            {
                int count = counts.GetValueOrDefault(unit);
                byUnit.TryGetValue(unit, out var target);
                if (target is null)
                {
                    withoutTarget.Add($"{measure}: {unit}");
                }
                unitRows.Add(
                    Row(measure, RowLevel.Unit, unit, target?.OriginalTarget, target?.AdjustedTarget, count, minCell)
                );
            }
            rows.AddRange(unitRows);
            var withTarget = units.Where(byUnit.ContainsKey).ToList();
            double original = withTarget.Sum(u => byUnit[u].OriginalTarget);
            bool allAdjusted = withTarget.All(u => byUnit[u].AdjustedTarget is not null);
            double? adjusted = allAdjusted ? withTarget.Sum(u => byUnit[u].AdjustedTarget!.Value) : null;
            int total = withTarget.Sum(u => counts.GetValueOrDefault(u));
            var shown = unitRows.Where(r => r.OriginalTarget is not null).ToList();
            var ro = UnitRange.Of(shown.Select(r => r.AttainmentOriginal));
            var ra = UnitRange.Of(shown.Select(r => r.AttainmentAdjusted));
            rows.Add(
                Row(measure, RowLevel.Total, "total", original, adjusted, total, minCell) with
                {
                    AttainmentOriginalLow = ro?.Low,
                    AttainmentOriginalHigh = ro?.High,
                    AttainmentAdjustedLow = ra?.Low,
                    AttainmentAdjustedHigh = ra?.High,
                    RangeUnits = (ra ?? ro)?.Units ?? 0,
                }
            );
        }
        return new AttainmentResult(rows, withoutTarget, minCell);
    }

    private static AttainmentRow Row(
        string measure,
        RowLevel level,
        string unit,
        double? original,
        double? adjusted,
        int realised,
        int minCell
    )
    {
        bool small = SmallCells.IsSmallCount(realised, minCell);
        return new AttainmentRow(
            measure,
            level,
            unit,
            original,
            adjusted,
            small ? null : realised,
            small || original is null ? null : realised / original,
            small || adjusted is null ? null : realised / adjusted,
            original is { } o && adjusted is { } a ? (a - o) / o : null,
            null,
            null,
            null,
            null,
            null,
            small
        );
    }
}
