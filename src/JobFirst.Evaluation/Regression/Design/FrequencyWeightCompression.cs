namespace JobFirst.Evaluation.Regression.Design;

/// <summary>
/// Collapses rows that are identical in every model variable, the response and the cluster into one
/// row whose frequency weight is the sum of their weights (1 per row when unweighted). Because the
/// logistic likelihood, scores and cluster sums are sums over rows, the compressed design gives the
/// same estimates, variances (HC0/HC1/cluster with n = Σw) and margins as the person rows, in far less
/// time when covariates are discrete (register-scale data).
/// </summary>
public static class FrequencyWeightCompression
{
    /// <summary>
    /// Returns the compressed design; cells keep the order of their first row, whose input row index
    /// becomes the cell's <see cref="DesignMatrix.UsedRowIndices"/> entry.
    /// </summary>
    public static DesignMatrix Compress(DesignMatrix design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var comparer = new RowComparer(design);
        var cellOf = new Dictionary<int, int>(design.Rows, comparer);
        var representatives = new List<int>();
        var weights = new List<double>();
        var w = design.RawWeights;
        for (int i = 0; i < design.Rows; i++)
        {
            double wi = w?[i] ?? 1.0;
            if (cellOf.TryGetValue(i, out int cell))
            {
                weights[cell] += wi;
            }
            else
            {
                cellOf.Add(i, representatives.Count);
                representatives.Add(i);
                weights.Add(wi);
            }
        }
        int m = representatives.Count;
        int p = design.Columns;
        var values = new double[(long)m * p];
        var response = new double[m];
        int[]? clusters = design.RawClusters is null ? null : new int[m];
        var used = new int[m];
        for (int c = 0; c < m; c++)
        {
            int i = representatives[c];
            Array.Copy(design.RawValues, (long)i * p, values, (long)c * p, p);
            response[c] = design.RawResponse[i];
            if (clusters is not null)
            {
                clusters[c] = design.RawClusters![i];
            }
            used[c] = design.UsedRowIndices[i];
        }
        return new DesignMatrix(
            design.Formula,
            values,
            m,
            design.DesignColumns,
            design.Terms,
            [.. design.Variables.Select(v => v.Subset(representatives))],
            response,
            [.. weights],
            clusters,
            design.ClusterCount,
            used,
            design.DroppedRows
        );
    }

    private sealed class RowComparer : IEqualityComparer<int>
    {
        private readonly DesignMatrix _d;

        public RowComparer(DesignMatrix design) => _d = design;

        public bool Equals(int x, int y)
        {
            if (_d.RawResponse[x] != _d.RawResponse[y])
            {
                return false;
            }
            if (_d.RawClusters is { } c && c[x] != c[y])
            {
                return false;
            }
            foreach (var v in _d.Variables)
            {
                bool same =
                    v.Kind == VariableKind.Numeric ? v.Numbers[x].Equals(v.Numbers[y]) : v.Codes[x] == v.Codes[y];
                if (!same)
                {
                    return false;
                }
            }
            return true;
        }

        public int GetHashCode(int obj)
        {
            var h = new HashCode();
            h.Add(_d.RawResponse[obj]);
            if (_d.RawClusters is { } c)
            {
                h.Add(c[obj]);
            }
            foreach (var v in _d.Variables)
            {
                if (v.Kind == VariableKind.Numeric)
                {
                    h.Add(v.Numbers[obj]);
                }
                else
                {
                    h.Add(v.Codes[obj]);
                }
            }
            return h.ToHashCode();
        }
    }
}
