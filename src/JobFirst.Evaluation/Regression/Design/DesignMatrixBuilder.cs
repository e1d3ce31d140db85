using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Formula;

namespace JobFirst.Evaluation.Regression.Design;

/// <summary>
/// Builds a <see cref="DesignMatrix"/> from a <see cref="DataFrame"/> and a <see cref="ModelFormula"/>
/// following R's <c>model.frame</c> + <c>model.matrix</c> rules: listwise deletion of rows missing in any
/// used column; text columns (and <c>C(x)</c>) are factors with treatment contrasts, reference = first
/// level in ordinal string order (numeric order for <c>C(numeric)</c>) unless <c>C(x, ref=...)</c>, which moves
/// the reference to the front like R's <c>relevel</c>;
/// unused levels are dropped (<c>drop.unused.levels = TRUE</c>); a factor is coded by contrasts in a term
/// when the term without it is already in the model (the intercept counts as the empty term), otherwise
/// by full indicators, and without an intercept the first factor main effect gets full indicators;
/// in an interaction the first variable's levels vary fastest.
/// </summary>
public static class DesignMatrixBuilder
{
    /// <summary>Builds the design of <paramref name="formula"/> on <paramref name="data"/>.</summary>
    /// <exception cref="InputException">Unknown column, non-numeric response or weights, negative weights, unknown reference level, no rows left.</exception>
    public static DesignMatrix Build(DataFrame data, ModelFormula formula, DesignOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(formula);
        options ??= new DesignOptions();
        var variables = formula.Variables;
        var used = new List<string> { formula.Response };
        used.AddRange(variables);
        if (options.WeightColumn is not null)
        {
            used.Add(options.WeightColumn);
        }
        if (options.ClusterColumn is not null)
        {
            used.Add(options.ClusterColumn);
        }
        foreach (var name in used.Concat(formula.FactorCodings.Keys))
        {
            if (!data.Contains(name))
            {
                throw new InputException(
                    $"formula '{formula.Text}': no column '{name}' in the data (columns: {string.Join(", ", data.Columns.Select(c => c.Name))})",
                    data.SourceFile
                );
            }
        }
        used = [.. used.Distinct(StringComparer.Ordinal)];

        // Listwise deletion.
        int n = data.RowCount;
        var keep = new bool[n];
        Array.Fill(keep, true);
        var missing = new List<DroppedRowCount>();
        foreach (var name in used)
        {
            var col = data[name];
            int count = 0;
            for (int i = 0; i < n; i++)
            {
                if (col.IsMissing(i))
                {
                    count++;
                    keep[i] = false;
                }
            }
            if (count > 0)
            {
                missing.Add(new DroppedRowCount(name, count));
            }
        }
        var rowsUsed = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            if (keep[i])
            {
                rowsUsed.Add(i);
            }
        }
        var report = new MissingDataReport(n, rowsUsed.Count, missing);
        if (rowsUsed.Count == 0)
        {
            throw new InputException(
                $"no rows left after dropping missing values: {report.Describe()}",
                data.SourceFile
            );
        }
        int m = rowsUsed.Count;

        var responseColumn = data[formula.Response];
        if (responseColumn.Kind != DataColumnKind.Numeric)
        {
            throw new InputException(
                $"response '{formula.Response}' must be a numeric column (0/1 for logit)",
                data.SourceFile
            );
        }
        var response = Gather(responseColumn.Numbers, rowsUsed);
        double[]? weights = null;
        if (options.WeightColumn is not null)
        {
            var wc = data[options.WeightColumn];
            if (wc.Kind != DataColumnKind.Numeric)
            {
                throw new InputException($"weight column '{options.WeightColumn}' must be numeric", data.SourceFile);
            }
            weights = Gather(wc.Numbers, rowsUsed);
            if (weights.Any(w => w < 0 || !double.IsFinite(w)))
            {
                throw new InputException(
                    $"weight column '{options.WeightColumn}' has negative or infinite values",
                    data.SourceFile
                );
            }
        }
        int[]? clusters = null;
        int clusterCount = 0;
        if (options.ClusterColumn is not null)
        {
            var cc = data[options.ClusterColumn];
            var codes = new Dictionary<string, int>(StringComparer.Ordinal);
            clusters = new int[m];
            for (int r = 0; r < m; r++)
            {
                string key = cc.TextAt(rowsUsed[r])!;
                if (!codes.TryGetValue(key, out int code))
                {
                    code = codes.Count;
                    codes.Add(key, code);
                }
                clusters[r] = code;
            }
            clusterCount = codes.Count;
        }

        var modelVariables = new List<ModelVariable>();
        foreach (var name in variables)
        {
            formula.FactorCodings.TryGetValue(name, out var coding);
            modelVariables.Add(MakeVariable(data, data[name], coding, rowsUsed, formula));
        }

        var columns = BuildColumns(formula, modelVariables);
        int p = columns.Count;
        var values = new double[(long)m * p];
        var encoder = new RowEncoder(modelVariables, columns);
        for (int r = 0; r < m; r++)
        {
            encoder.Fill(r, values.AsSpan(r * p, p));
        }
        var terms = formula
            .Terms.Select(
                (t, ti) =>
                    new DesignTerm(
                        t.Label,
                        [.. columns.Select((c, j) => (c, j)).Where(x => x.c.TermIndex == ti).Select(x => x.j)]
                    )
            )
            .ToList();
        return new DesignMatrix(
            formula,
            values,
            m,
            columns,
            terms,
            modelVariables,
            response,
            weights,
            clusters,
            clusterCount,
            rowsUsed,
            report
        );
    }

    private static double[] Gather(ReadOnlySpan<double> source, List<int> rows)
    {
        var result = new double[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            result[r] = source[rows[r]];
        }
        return result;
    }

    private static ModelVariable MakeVariable(
        DataFrame data,
        DataColumn column,
        FactorCoding? coding,
        List<int> rows,
        ModelFormula formula
    )
    {
        if (column.Kind == DataColumnKind.Numeric && coding is null)
        {
            return new ModelVariable(column.Name, Gather(column.Numbers, rows));
        }
        string[] labels;
        int[] codes = new int[rows.Count];
        if (column.Kind == DataColumnKind.Numeric)
        {
            var nums = column.Numbers;
            var distinct = new SortedSet<double>();
            foreach (int i in rows)
            {
                distinct.Add(nums[i]);
            }
            var sorted = distinct.ToArray();
            labels = [.. sorted.Select(v => v.ToString("R", CultureInfo.InvariantCulture))];
            var index = sorted.Select((v, k) => (v, k)).ToDictionary(x => x.v, x => x.k);
            for (int r = 0; r < rows.Count; r++)
            {
                codes[r] = index[nums[rows[r]]];
            }
        }
        else
        {
            var texts = column.Texts;
            var distinct = new SortedSet<string>(StringComparer.Ordinal);
            foreach (int i in rows)
            {
                distinct.Add(texts[i]!);
            }
            labels = [.. distinct];
            var index = labels.Select((v, k) => (v, k)).ToDictionary(x => x.v, x => x.k, StringComparer.Ordinal);
            for (int r = 0; r < rows.Count; r++)
            {
                codes[r] = index[texts[rows[r]]!];
            }
        }
        int reference = 0;
        if (coding?.ReferenceLevel is { } wanted)
        {
            reference = Array.IndexOf(labels, wanted);
            if (
                reference < 0
                && column.Kind == DataColumnKind.Numeric
                && double.TryParse(wanted, NumberStyles.Float, CultureInfo.InvariantCulture, out double numericRef)
            )
            {
                reference = Array.IndexOf(labels, numericRef.ToString("R", CultureInfo.InvariantCulture));
            }
            if (reference < 0)
            {
                throw new InputException(
                    $"formula '{formula.Text}': reference level '{wanted}' is not a level of '{column.Name}' (levels: {string.Join(", ", labels)})",
                    data.SourceFile
                );
            }
        }
        if (reference > 0)
        {
            // R's relevel(): the reference moves to the front, the other levels keep their order.
            var order = new[] { reference }
                .Concat(Enumerable.Range(0, labels.Length).Where(k => k != reference))
                .ToArray();
            var newIndex = new int[labels.Length];
            for (int k = 0; k < order.Length; k++)
            {
                newIndex[order[k]] = k;
            }
            labels = [.. order.Select(k => labels[k])];
            for (int r = 0; r < codes.Length; r++)
            {
                codes[r] = newIndex[codes[r]];
            }
        }
        return new ModelVariable(column.Name, codes, labels, 0);
    }

    private static List<DesignColumn> BuildColumns(ModelFormula formula, List<ModelVariable> variables)
    {
        var columns = new List<DesignColumn>();
        if (formula.HasIntercept)
        {
            columns.Add(new DesignColumn("(Intercept)", -1, []));
        }
        int firstFactorMain = -1;
        if (!formula.HasIntercept)
        {
            firstFactorMain = formula
                .Terms.ToList()
                .FindIndex(t =>
                    t.Order == 1 && variables[IndexOf(variables, t.Variables[0])].Kind == VariableKind.Factor
                );
        }
        for (int ti = 0; ti < formula.Terms.Count; ti++)
        {
            var term = formula.Terms[ti];
            // For each variable: the list of (level index) choices; -1 = numeric value.
            var choices = new List<(int Variable, int[] Levels)>();
            foreach (var name in term.Variables)
            {
                int vi = IndexOf(variables, name);
                var v = variables[vi];
                if (v.Kind == VariableKind.Numeric)
                {
                    choices.Add((vi, [-1]));
                    continue;
                }
                bool full;
                if (term.Order == 1)
                {
                    full = ti == firstFactorMain;
                }
                else
                {
                    var rest = term.Variables.Where(x => x != name).ToList();
                    full = !formula.Terms.Take(ti).Any(t => t.SameVariables(rest));
                }
                var levels = Enumerable.Range(0, v.Levels.Count).Where(k => full || k != v.ReferenceIndex).ToArray();
                choices.Add((vi, levels));
            }
            // First variable varies fastest (R's model.matrix order).
            int total = choices.Aggregate(1, (acc, c) => acc * c.Levels.Length);
            for (int k = 0; k < total; k++)
            {
                int rem = k;
                var comps = new List<(int Variable, int Level)>();
                var parts = new List<string>();
                foreach (var (vi, levels) in choices)
                {
                    int level = levels[rem % levels.Length];
                    rem /= levels.Length;
                    comps.Add((vi, level));
                    parts.Add(level < 0 ? variables[vi].Name : variables[vi].Name + variables[vi].Levels[level]);
                }
                columns.Add(new DesignColumn(string.Join(":", parts), ti, comps));
            }
        }
        return columns;
    }

    private static int IndexOf(List<ModelVariable> variables, string name) => variables.FindIndex(v => v.Name == name);
}
