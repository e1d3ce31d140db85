using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Disclosure;
using JobFirst.Evaluation.Regression.Formula;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Turns a table and a <see cref="CoxSpecification"/> into <see cref="CoxData"/>: validates the survival columns
/// (naming file, line and column), drops rows missing in any used column (counted per column, as R's
/// <c>na.omit</c>), builds the covariates with <see cref="DesignMatrixBuilder"/> (intercept-coded, intercept dropped),
/// applies the time fix, sorts by stratum and descending stop time and centres/scales the covariates.
/// </summary>
internal static class CoxDataBuilder
{
    public static CoxDesign Build(DataFrame frame, CoxSpecification spec, bool timeFix)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(spec);
        string? file = frame.SourceFile;
        var strataColumns = spec.Strata ?? [];
        var formula = ModelFormula.ParseRightHandSide(spec.Formula, spec.Time).WithIntercept();

        Require(frame, spec.Time, "time");
        Require(frame, spec.Event, "event");
        if (spec.Start is not null)
        {
            Require(frame, spec.Start, "start");
        }
        foreach (var s in strataColumns)
        {
            Require(frame, s, "strata");
        }
        if (spec.Weights is not null)
        {
            Require(frame, spec.Weights, "weights");
        }
        if (spec.Cluster is not null)
        {
            Require(frame, spec.Cluster, "cluster");
        }
        foreach (var v in formula.Variables.Concat(formula.FactorCodings.Keys))
        {
            if (!frame.Contains(v))
            {
                throw new InputException(
                    $"formula '{spec.Formula}': no column '{v}' in the data (columns: {string.Join(", ", frame.Columns.Select(c => c.Name))})",
                    file,
                    1
                );
            }
        }
        RequireNumeric(frame, spec.Time, "time");
        if (spec.Start is not null)
        {
            RequireNumeric(frame, spec.Start, "start");
        }
        if (spec.Weights is not null)
        {
            RequireNumeric(frame, spec.Weights, "weights");
        }

        // Listwise deletion over every used column, counted per column.
        var used = new List<string> { spec.Time };
        if (spec.Start is not null)
        {
            used.Add(spec.Start);
        }
        used.Add(spec.Event);
        used.AddRange(formula.Variables);
        used.AddRange(formula.FactorCodings.Keys);
        used.AddRange(strataColumns);
        if (spec.Weights is not null)
        {
            used.Add(spec.Weights);
        }
        if (spec.Cluster is not null)
        {
            used.Add(spec.Cluster);
        }
        used = [.. used.Distinct(StringComparer.Ordinal)];
        int n = frame.RowCount;
        var keep = new bool[n];
        Array.Fill(keep, true);
        var missing = new List<DroppedRowCount>();
        foreach (var name in used)
        {
            var col = frame[name];
            int count = 0;
            for (int i = 0; i < n; i++)
            {
                if (col.IsMissing(i))
                {
                    keep[i] = false;
                    count++;
                }
            }
            if (count > 0)
            {
                missing.Add(new DroppedRowCount(name, count));
            }
        }
        var rows = Enumerable.Range(0, n).Where(i => keep[i]).ToList();
        var report = new MissingDataReport(n, rows.Count, missing);
        if (rows.Count == 0)
        {
            throw new InputException($"no rows left after dropping missing values: {report.Describe()}", file);
        }
        int m = rows.Count;

        var stop = Gather(frame[spec.Time].Numbers, rows);
        var start = spec.Start is null ? null : Gather(frame[spec.Start].Numbers, rows);
        var weights = spec.Weights is null ? null : Gather(frame[spec.Weights].Numbers, rows);
        var eventColumn = frame[spec.Event];
        var events = new bool[m];
        int eventCount = 0;
        for (int r = 0; r < m; r++)
        {
            // 0/1 or false/true, as SurvivalData (and R's Surv) read them; a 1/2 status must be recoded.
            bool? e =
                eventColumn.Kind == DataColumnKind.Numeric
                    ? eventColumn.Numbers[rows[r]] switch
                    {
                        0.0 => false,
                        1.0 => true,
                        _ => null,
                    }
                    : eventColumn.Texts[rows[r]] switch
                    {
                        "1" or "TRUE" or "true" or "True" => true,
                        "0" or "FALSE" or "false" or "False" => false,
                        _ => null,
                    };
            events[r] =
                e
                ?? throw new InputException(
                    Invariant(
                        $"event column '{spec.Event}' must be 0/1 or false/true (1 = event); data row {rows[r] + 1} is neither (recode a 1/2 status as 0/1)"
                    ),
                    file,
                    frame.LineOf(rows[r]),
                    frame.ColumnNumberOf(spec.Event)
                );
            eventCount += events[r] ? 1 : 0;
        }
        if (start is not null)
        {
            for (int r = 0; r < m; r++)
            {
                if (!(stop[r] > start[r]))
                {
                    throw new InputException(
                        Invariant(
                            $"stop time '{spec.Time}' must be greater than start time '{spec.Start}'; data row {rows[r] + 1} has an interval of length ≤ 0"
                        ),
                        file,
                        frame.LineOf(rows[r]),
                        frame.ColumnNumberOf(spec.Time)
                    );
                }
            }
        }
        if (weights is not null)
        {
            for (int r = 0; r < m; r++)
            {
                if (!(weights[r] > 0))
                {
                    throw new InputException(
                        Invariant(
                            $"weights '{spec.Weights}' must be > 0 (frequency weights, as R's coxph requires); data row {rows[r] + 1} is not"
                        ),
                        file,
                        frame.LineOf(rows[r]),
                        frame.ColumnNumberOf(spec.Weights!)
                    );
                }
            }
        }
        if (eventCount == 0)
        {
            throw new InputException(
                $"no events among the {m} rows used ('{spec.Event}' is 0 everywhere): a Cox model needs at least one event",
                file
            );
        }

        // Covariates through the shared design builder, on the complete rows only.
        var designColumns = new List<string> { spec.Time };
        designColumns.AddRange(formula.Variables);
        designColumns.AddRange(formula.FactorCodings.Keys);
        if (spec.Cluster is not null)
        {
            designColumns.Add(spec.Cluster);
        }
        var subset = Subset(frame, [.. designColumns.Distinct(StringComparer.Ordinal)], rows);
        var design = DesignMatrixBuilder.Build(subset, formula, new DesignOptions(null, spec.Cluster));
        int pAll = design.Columns;
        int p = pAll - 1;
        var x = new double[(long)m * p];
        var raw = design.Values.Span;
        for (int r = 0; r < m; r++)
        {
            for (int j = 0; j < p; j++)
            {
                x[r * p + j] = raw[r * pAll + j + 1];
            }
        }
        var names = design.ColumnNames.Skip(1).ToList();
        var terms = design
            .Terms.Select(t => new DesignTerm(t.Label, [.. t.Columns.Select(c => c - 1)]))
            .Where(t => t.Columns.Count > 0)
            .ToList();
        int[]? clusters = spec.Cluster is null ? null : design.ClusterCodes.ToArray();

        var strata = StrataCodes(frame, strataColumns, rows, out int strataCount);
        if (timeFix)
        {
            TimeFix.Apply(start, stop, file);
        }
        double weightedEvents = 0;
        for (int r = 0; r < m; r++)
        {
            weightedEvents += events[r] ? (weights?[r] ?? 1.0) : 0;
        }
        var binary = BinaryColumns(x, m, p, names, events, weights);
        var data = Assemble(x, m, p, start, stop, events, weights, strata, strataCount, clusters, design.ClusterCount);
        return new CoxDesign(data, names, terms, report, eventCount, weightedEvents, weights is not null, binary);
    }

    /// <summary>Disclosure counts of the 0/1 columns, on the raw (unscaled) design of the complete rows.</summary>
    private static List<BinaryColumnCount> BinaryColumns(
        double[] x,
        int m,
        int p,
        List<string> names,
        bool[] events,
        double[]? weights
    )
    {
        var counts = new List<BinaryColumnCount>();
        for (int j = 0; j < p; j++)
        {
            double ones = 0;
            double onesWithEvent = 0;
            bool binary = true;
            for (int r = 0; r < m && binary; r++)
            {
                double v = x[r * p + j];
                binary = v is 0 or 1;
                if (v == 1)
                {
                    double w = weights?[r] ?? 1.0;
                    ones += w;
                    onesWithEvent += events[r] ? w : 0;
                }
            }
            if (binary)
            {
                counts.Add(new BinaryColumnCount(names[j], ones, onesWithEvent));
            }
        }
        return counts;
    }

    /// <summary>Sorts, centres and scales; marks rows that are never at risk at an event time.</summary>
    internal static CoxData Assemble(
        double[] x,
        int m,
        int p,
        double[]? start,
        double[] stop,
        bool[] events,
        double[]? weights,
        int[] strata,
        int strataCount,
        int[]? clusters,
        int clusterCount
    )
    {
        var order = Enumerable.Range(0, m).ToArray();
        Array.Sort(
            order,
            (a, b) =>
            {
                int c = strata[a].CompareTo(strata[b]);
                if (c != 0)
                {
                    return c;
                }
                c = stop[b].CompareTo(stop[a]);
                return c != 0 ? c : a.CompareTo(b);
            }
        );
        var sx = new double[(long)m * p];
        var sStop = new double[m];
        var sStart = start is null ? null : new double[m];
        var sEvent = new bool[m];
        var sWeight = new double[m];
        var sStratum = new int[m];
        var sCluster = clusters is null ? null : new int[m];
        for (int i = 0; i < m; i++)
        {
            int o = order[i];
            Array.Copy(x, (long)o * p, sx, (long)i * p, p);
            sStop[i] = stop[o];
            if (sStart is not null)
            {
                sStart[i] = start![o];
            }
            sEvent[i] = events[o];
            sWeight[i] = weights?[o] ?? 1.0;
            sStratum[i] = strata[o];
            if (sCluster is not null)
            {
                sCluster[i] = clusters![o];
            }
        }
        var bounds = new int[strataCount + 1];
        for (int i = 0, s = 0; s <= strataCount; s++)
        {
            while (i < m && sStratum[i] < s)
            {
                i++;
            }
            bounds[s] = i;
        }
        bounds[strataCount] = m;

        // Centre per stratum (weighted), scale overall: R's agfit4 (coxfit6 centres overall; both are invariant).
        var scale = new double[p];
        double totalWeight = sWeight.Sum();
        for (int j = 0; j < p; j++)
        {
            for (int s = 0; s < strataCount; s++)
            {
                double sw = 0,
                    sxw = 0;
                for (int i = bounds[s]; i < bounds[s + 1]; i++)
                {
                    sw += sWeight[i];
                    sxw += sWeight[i] * sx[i * p + j];
                }
                double mean = sw > 0 ? sxw / sw : 0;
                for (int i = bounds[s]; i < bounds[s + 1]; i++)
                {
                    sx[i * p + j] -= mean;
                }
            }
            double abs = 0;
            for (int i = 0; i < m; i++)
            {
                abs += sWeight[i] * Math.Abs(sx[i * p + j]);
            }
            scale[j] = abs > 0 ? totalWeight / abs : 1.0;
            for (int i = 0; i < m; i++)
            {
                sx[i * p + j] *= scale[j];
            }
        }

        var inRisk = new bool[m];
        int[]? byStart = null;
        if (sStart is null)
        {
            Array.Fill(inRisk, true);
        }
        else
        {
            for (int s = 0; s < strataCount; s++)
            {
                var times = new List<double>();
                for (int i = bounds[s]; i < bounds[s + 1]; i++)
                {
                    if (sEvent[i])
                    {
                        times.Add(sStop[i]);
                    }
                }
                var eventTimes = times.Distinct().Order().ToArray();
                for (int i = bounds[s]; i < bounds[s + 1]; i++)
                {
                    // Smallest event time strictly after start must be ≤ stop.
                    int k = Array.BinarySearch(eventTimes, sStart[i]);
                    k = k >= 0 ? k + 1 : ~k;
                    inRisk[i] = k < eventTimes.Length && eventTimes[k] <= sStop[i];
                }
            }
            byStart = Enumerable.Range(0, m).ToArray();
            Array.Sort(
                byStart,
                (a, b) =>
                {
                    int c = sStratum[a].CompareTo(sStratum[b]);
                    if (c != 0)
                    {
                        return c;
                    }
                    c = sStart[b].CompareTo(sStart[a]);
                    return c != 0 ? c : a.CompareTo(b);
                }
            );
        }
        return new CoxData
        {
            N = m,
            P = p,
            X = sx,
            Start = sStart,
            Stop = sStop,
            Event = sEvent,
            Weight = sWeight,
            Stratum = sStratum,
            StratumBounds = bounds,
            ByStart = byStart,
            InRiskSets = inRisk,
            Scale = scale,
            UsedIndex = order,
            Cluster = sCluster,
            ClusterCount = clusterCount,
        };
    }

    private static int[] StrataCodes(DataFrame frame, IReadOnlyList<string> columns, List<int> rows, out int count)
    {
        int m = rows.Count;
        var codes = new int[m];
        if (columns.Count == 0)
        {
            count = 1;
            return codes;
        }
        // Level order as R's strata(): each variable's sorted levels, first variable slowest.
        var perColumn = new List<int[]>();
        foreach (var name in columns)
        {
            var col = frame[name];
            var c = new int[m];
            if (col.Kind == DataColumnKind.Numeric)
            {
                var values = col.Numbers.ToArray();
                var levels = rows.Select(r => values[r]).Distinct().Order().ToArray();
                var index = levels.Select((v, k) => (v, k)).ToDictionary(t => t.v, t => t.k);
                for (int r = 0; r < m; r++)
                {
                    c[r] = index[values[rows[r]]];
                }
            }
            else
            {
                var texts = col.Texts;
                var levels = rows.Select(r => texts[r]!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                var index = levels.Select((v, k) => (v, k)).ToDictionary(t => t.v, t => t.k, StringComparer.Ordinal);
                for (int r = 0; r < m; r++)
                {
                    c[r] = index[texts[rows[r]]!];
                }
            }
            perColumn.Add(c);
        }
        var keys = Enumerable
            .Range(0, m)
            .Select(r => perColumn.Select(c => c[r]).ToArray())
            .Distinct(new SequenceComparer())
            .Order(new SequenceComparer())
            .ToList();
        var map = keys.Select((k, i) => (k, i)).ToDictionary(t => t.k, t => t.i, new SequenceComparer());
        for (int r = 0; r < m; r++)
        {
            codes[r] = map[[.. perColumn.Select(c => c[r])]];
        }
        count = keys.Count;
        return codes;
    }

    private sealed class SequenceComparer : IEqualityComparer<int[]>, IComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x!.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var h = new HashCode();
            foreach (var v in obj)
            {
                h.Add(v);
            }
            return h.ToHashCode();
        }

        public int Compare(int[]? x, int[]? y) => x!.AsSpan().SequenceCompareTo(y);
    }

    private static DataFrame Subset(DataFrame frame, IReadOnlyList<string> columns, List<int> rows)
    {
        var result = new List<DataColumn>();
        foreach (var name in columns)
        {
            var col = frame[name];
            if (col.Kind == DataColumnKind.Numeric)
            {
                var v = col.Numbers.ToArray();
                result.Add(DataColumn.FromNumbers(name, [.. rows.Select(r => v[r])]));
            }
            else
            {
                var t = col.Texts;
                result.Add(DataColumn.FromTexts(name, [.. rows.Select(r => t[r])]));
            }
        }
        return new DataFrame(result, frame.SourceFile);
    }

    private static double[] Gather(ReadOnlySpan<double> values, List<int> rows)
    {
        var result = new double[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            result[r] = values[rows[r]];
        }
        return result;
    }

    private static void Require(DataFrame frame, string column, string role)
    {
        if (!frame.Contains(column))
        {
            throw new InputException(
                $"no {role} column '{column}' (columns: {string.Join(", ", frame.Columns.Select(c => c.Name))})",
                frame.SourceFile,
                1
            );
        }
    }

    private static void RequireNumeric(DataFrame frame, string column, string role)
    {
        var col = frame[column];
        if (col.Kind == DataColumnKind.Numeric)
        {
            return;
        }
        var texts = col.Texts;
        for (int r = 0; r < texts.Count; r++)
        {
            var v = texts[r];
            if (v is not null && !IsNumber(v))
            {
                // The value itself is not printed: a mistyped column may hold person identifiers.
                throw new InputException(
                    Invariant($"{role} column '{column}' must be numeric; data row {r + 1} is not a number"),
                    frame.SourceFile,
                    frame.LineOf(r),
                    frame.ColumnNumberOf(column)
                );
            }
        }
        throw new InputException($"{role} column '{column}' must be numeric", frame.SourceFile, 1);
    }

    private static bool IsNumber(string v) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || double.TryParse(v.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
