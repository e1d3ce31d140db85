namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// The fitting data in sweep order: rows sorted by stratum, then by stop time descending. Covariates are
/// centred (weighted mean per stratum) and scaled by 1/mean|x − mean| as R's <c>coxfit6</c>/<c>agfit4</c> do; the
/// partial likelihood is invariant to both, they only keep the arithmetic and the singularity test well scaled.
/// Coefficients on this scale are β_s = β/scale.
/// </summary>
internal sealed class CoxData
{
    public required int N { get; init; }

    public required int P { get; init; }

    /// <summary>Row-major N×P centred and scaled covariates (sorted order).</summary>
    public required double[] X { get; init; }

    /// <summary>Entry times ((start, stop] data) or null for right-censored data.</summary>
    public required double[]? Start { get; init; }

    public required double[] Stop { get; init; }

    public required bool[] Event { get; init; }

    public required double[] Weight { get; init; }

    /// <summary>0-based stratum of each sorted row (non-decreasing).</summary>
    public required int[] Stratum { get; init; }

    /// <summary>Offsets of the strata in sorted order (length strata + 1).</summary>
    public required int[] StratumBounds { get; init; }

    /// <summary>(start, stop] data: sorted-row indices ordered by stratum, then start descending.</summary>
    public required int[]? ByStart { get; init; }

    /// <summary>False for rows whose interval holds no event time of their stratum (never in a risk set at an event; R's <c>agreg.fit</c> ignores them).</summary>
    public required bool[] InRiskSets { get; init; }

    /// <summary>Per design column: x_scaled = (x − mean_stratum) · Scale.</summary>
    public required double[] Scale { get; init; }

    /// <summary>Sorted row → index among the used rows (input order after listwise deletion).</summary>
    public required int[] UsedIndex { get; init; }

    /// <summary>0-based cluster code per sorted row, or null.</summary>
    public required int[]? Cluster { get; init; }

    public required int ClusterCount { get; init; }

    public int StrataCount => StratumBounds.Length - 1;

    public bool IsCounting => Start is not null;

    /// <summary>Σ w over rows.</summary>
    public double TotalWeight
    {
        get
        {
            double s = 0;
            foreach (var w in Weight)
            {
                s += w;
            }
            return s;
        }
    }

    /// <summary>The same data restricted to the design columns <paramref name="keep"/> (in that order).</summary>
    public CoxData WithColumns(IReadOnlyList<int> keep)
    {
        int k = keep.Count;
        var x = new double[(long)N * k];
        for (int i = 0; i < N; i++)
        {
            for (int a = 0; a < k; a++)
            {
                x[i * k + a] = X[i * P + keep[a]];
            }
        }
        return new CoxData
        {
            N = N,
            P = k,
            X = x,
            Start = Start,
            Stop = Stop,
            Event = Event,
            Weight = Weight,
            Stratum = Stratum,
            StratumBounds = StratumBounds,
            ByStart = ByStart,
            InRiskSets = InRiskSets,
            Scale = [.. keep.Select(j => Scale[j])],
            UsedIndex = UsedIndex,
            Cluster = Cluster,
            ClusterCount = ClusterCount,
        };
    }
}
