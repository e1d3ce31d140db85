using JobFirst.Evaluation.Errors;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>The log-rank test (R <c>survdiff</c>, ρ = 0); see <see cref="LogRankResult"/> for the formula.</summary>
public static class LogRankTest
{
    /// <summary>
    /// Tests equal hazards across <paramref name="data"/>'s groups within its strata. At each distinct event
    /// time of a stratum with n at risk (n_g per group) and d events: E_g += d n_g/n and
    /// V_jk += d (n − d)/(n − 1) · n_j/n (δ_jk − n_k/n).
    /// </summary>
    /// <exception cref="InputException">Fewer than two groups, or left-truncated data (survdiff is for right-censored data only).</exception>
    public static LogRankResult Compute(SurvivalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.HasEntry)
        {
            throw new InputException("the log-rank test needs right-censored data without entry times");
        }
        int groups = data.GroupLevels.Count;
        if (groups < 2)
        {
            throw new InputException("the log-rank test needs at least two groups");
        }
        int strata = data.StrataLevels.Count;
        var observed = new double[groups];
        var expected = new double[groups];
        var variance = new double[groups * groups];
        var counts = new int[groups];
        var atRisk = new int[groups];
        var deaths = new int[groups];
        for (int i = 0; i < data.Count; i++)
        {
            counts[data.GroupCodes[i]]++;
        }
        // Sort by stratum, then time.
        var order = Enumerable.Range(0, data.Count).ToArray();
        Array.Sort(
            order,
            (a, b) =>
            {
                int c = data.StratumCodes[a].CompareTo(data.StratumCodes[b]);
                return c != 0 ? c : data.Time[a].CompareTo(data.Time[b]);
            }
        );
        int start = 0;
        while (start < order.Length)
        {
            int stratum = data.StratumCodes[order[start]];
            int end = start;
            Array.Clear(atRisk);
            while (end < order.Length && data.StratumCodes[order[end]] == stratum)
            {
                atRisk[data.GroupCodes[order[end]]]++;
                end++;
            }
            int n = end - start;
            int i = start;
            while (i < end)
            {
                double t = data.Time[order[i]];
                int j = i;
                int d = 0;
                Array.Clear(deaths);
                while (j < end && data.Time[order[j]] == t)
                {
                    if (data.Event[order[j]])
                    {
                        deaths[data.GroupCodes[order[j]]]++;
                        d++;
                    }
                    j++;
                }
                if (d > 0)
                {
                    for (int g = 0; g < groups; g++)
                    {
                        observed[g] += deaths[g];
                        expected[g] += d * (double)atRisk[g] / n;
                    }
                    if (n > 1)
                    {
                        double factor = d * (double)(n - d) / (n - 1);
                        for (int a = 0; a < groups; a++)
                        {
                            double pa = (double)atRisk[a] / n;
                            for (int b = 0; b < groups; b++)
                            {
                                double pb = (double)atRisk[b] / n;
                                variance[a * groups + b] += factor * pa * ((a == b ? 1 : 0) - pb);
                            }
                        }
                    }
                }
                for (int k = i; k < j; k++)
                {
                    atRisk[data.GroupCodes[order[k]]]--;
                }
                n -= j - i;
                i = j;
            }
            start = end;
        }
        var kept = Enumerable.Range(0, groups).Where(g => expected[g] > 0).ToList();
        double chi = 0;
        if (kept.Count >= 2)
        {
            var idx = kept.Skip(1).ToList();
            var v = Matrix<double>.Build.Dense(idx.Count, idx.Count, (r, c) => variance[idx[r] * groups + idx[c]]);
            var oe = Vector<double>.Build.Dense(idx.Count, r => observed[idx[r]] - expected[idx[r]]);
            chi = v.Solve(oe).DotProduct(oe);
        }
        int df = kept.Count - 1;
        double p = df > 0 ? SpecialFunctions.GammaUpperRegularized(df / 2.0, chi / 2) : double.NaN;
        var rows = Enumerable
            .Range(0, groups)
            .Select(g =>
            {
                double diff = observed[g] - expected[g];
                return new LogRankGroup(
                    data.GroupLevels[g],
                    counts[g],
                    observed[g],
                    expected[g],
                    diff * diff / expected[g],
                    diff * diff / variance[g * groups + g]
                );
            })
            .ToList();
        return new LogRankResult(rows, chi, df, p, strata, variance);
    }
}
