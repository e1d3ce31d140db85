namespace JobFirst.Evaluation.Monitoring.Funnel;

/// <summary>
/// Counts the screening funnel (seed 004:453, 1428-1437: screened → accepted a visitation interview →
/// interview held → visited) per unit and in total: stage counts, the step rate (count / previous stage) and
/// the overall rate (count / first stage); the total rows carry the range of each across units ("tallene i
/// parentes angiver variationsbredden blandt deltagerkommunerne").
/// </summary>
public static class ScreeningFunnel
{
    /// <summary>Computes the funnel.</summary>
    /// <param name="data">The screening rows.</param>
    /// <param name="groupBy">One of <see cref="ScreeningData.GroupColumns"/> (default: the first).</param>
    /// <param name="minCell">Disclosure threshold (persons).</param>
    public static FunnelResult Compute(ScreeningData data, string? groupBy = null, int minCell = 5)
    {
        ArgumentNullException.ThrowIfNull(data);
        SmallCells.Check(minCell);
        groupBy ??= data.GroupColumns[0];
        int g = -1;
        for (int i = 0; i < data.GroupColumns.Count; i++)
        {
            if (data.GroupColumns[i].Equals(groupBy, StringComparison.OrdinalIgnoreCase))
            {
                g = i;
            }
        }
        if (g < 0)
        {
            throw new Errors.InputException(
                $"'{groupBy}' is not a group column of the screening data ({string.Join(", ", data.GroupColumns)})"
            );
        }
        int stages = data.Stages.Count;
        var byUnit = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var total = new int[stages];
        int inconsistent = 0;
        foreach (var r in data.Records)
        {
            if (!byUnit.TryGetValue(r.Groups[g], out var counts))
            {
                counts = new int[stages];
                byUnit[r.Groups[g]] = counts;
            }
            bool chain = true;
            bool broken = false;
            for (int s = 0; s < stages; s++)
            {
                if (r.Reached[s] && !chain)
                {
                    broken = true;
                }
                chain &= r.Reached[s];
                if (chain)
                {
                    counts[s]++;
                    total[s]++;
                }
            }
            if (broken && data.Ordering == FunnelOrdering.Strict)
            {
                throw new Errors.InputException(
                    "a stage is reached without an earlier stage (a funnel is nested)",
                    data.SourceFile,
                    r.Line
                );
            }
            inconsistent += broken ? 1 : 0;
        }
        var rows = new List<FunnelRow>();
        var unitRows = new List<FunnelRow[]>();
        foreach (var (unit, counts) in byUnit)
        {
            var stageRows = Stages(groupBy, RowLevel.Unit, unit, data.Stages, counts, minCell, null);
            unitRows.Add(stageRows);
            rows.AddRange(stageRows);
        }
        rows.AddRange(Stages(groupBy, RowLevel.Total, "total", data.Stages, total, minCell, unitRows));
        return new FunnelResult(groupBy, data.Stages, rows, data.Ordering, inconsistent, minCell);
    }

    private static FunnelRow[] Stages(
        string groupBy,
        RowLevel level,
        string unit,
        IReadOnlyList<string> names,
        int[] counts,
        int minCell,
        List<FunnelRow[]>? units
    )
    {
        var rows = new FunnelRow[counts.Length];
        for (int s = 0; s < counts.Length; s++)
        {
            bool small = SmallCells.IsSmallCount(counts[s], minCell);
            bool stepSmall = s > 0 && SmallCells.IsSmallCount(counts[s - 1], minCell);
            bool firstSmall = SmallCells.IsSmallCount(counts[0], minCell);
            double? step =
                s == 0 || small || stepSmall || counts[s - 1] == 0 ? null : (double)counts[s] / counts[s - 1];
            double? overall = small || firstSmall || counts[0] == 0 ? null : (double)counts[s] / counts[0];
            UnitRange? countRange = null,
                stepRange = null,
                overallRange = null;
            if (units is not null)
            {
                countRange = UnitRange.Of(units.Select(u => (double?)u[s].Count));
                stepRange = UnitRange.Of(units.Select(u => u[s].StepRate));
                overallRange = UnitRange.Of(units.Select(u => u[s].OverallRate));
            }
            rows[s] = new FunnelRow(
                groupBy,
                level,
                unit,
                s + 1,
                names[s],
                small ? null : counts[s],
                step,
                overall,
                countRange is { } c ? (int)c.Low : null,
                countRange is { } c2 ? (int)c2.High : null,
                stepRange?.Low,
                stepRange?.High,
                overallRange?.Low,
                overallRange?.High,
                small || stepSmall || firstSmall
            );
        }
        return rows;
    }
}
