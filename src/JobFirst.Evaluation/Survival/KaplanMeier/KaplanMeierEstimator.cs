using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// The Kaplan–Meier product-limit estimator per group with Greenwood variances, as R
/// <c>survfit(Surv(time, event) ~ group, conf.type = ...)</c> (or <c>Surv(entry, time, event)</c> for
/// left-truncated data: at risk at t means entry &lt; t ≤ time).
/// </summary>
/// <remarks>
/// At each distinct time t with n at risk (time ≥ t), d events and c censorings — censored observations count
/// as at risk at their own time, events before censorings — S(t) = S(t−)(1 − d/n); the Greenwood sum
/// σ²(t) = Σ d/(n(n − d)) is the variance of −log S (infinite once d = n, so S = 0 has no interval, as R).
/// Intervals follow <see cref="KaplanMeierConfidence"/>. Times are compared exactly (R's <c>aeqSurv</c>
/// tolerance only matters for non-integer times that differ in the last bits).
/// </remarks>
public static class KaplanMeierEstimator
{
    /// <summary>Fits one curve per group level of <paramref name="data"/>.</summary>
    public static KaplanMeierResult Fit(SurvivalData data, KaplanMeierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new KaplanMeierOptions();
        if (options.ConfidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Confidence level must lie in (0,1).");
        }
        var byGroup = new List<int>[data.GroupLevels.Count];
        for (int g = 0; g < byGroup.Length; g++)
        {
            byGroup[g] = [];
        }
        for (int i = 0; i < data.Count; i++)
        {
            byGroup[data.GroupCodes[i]].Add(i);
        }
        var curves = new List<KaplanMeierCurveEstimate>();
        for (int g = 0; g < byGroup.Length; g++)
        {
            if (byGroup[g].Count > 0)
            {
                curves.Add(FitGroup(data, byGroup[g], data.GroupLevels[g], options));
            }
        }
        return new KaplanMeierResult(curves, options, data);
    }

    private static KaplanMeierCurveEstimate FitGroup(
        SurvivalData data,
        List<int> rows,
        string label,
        KaplanMeierOptions options
    )
    {
        int n = rows.Count;
        var time = new double[n];
        var events = new bool[n];
        for (int r = 0; r < n; r++)
        {
            time[r] = data.Time[rows[r]];
            events[r] = data.Event[rows[r]];
        }
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(time.ToArray(), order);
        double[]? entrySorted = null;
        if (data.Entry is { } entry)
        {
            entrySorted = [.. rows.Select(i => entry[i])];
            Array.Sort(entrySorted);
        }
        double z = WaldInference.Quantile(double.PositiveInfinity, 0.5 + options.ConfidenceLevel / 2);
        var steps = new List<KaplanMeierStep>();
        double survival = 1;
        double greenwood = 0;
        double cumulativeHazard = 0;
        int entered = 0; // entries strictly before the current time are counted as entered
        int i = 0;
        while (i < n)
        {
            double t = time[order[i]];
            int d = 0,
                c = 0,
                j = i;
            while (j < n && time[order[j]] == t)
            {
                if (events[order[j]])
                {
                    d++;
                }
                else
                {
                    c++;
                }
                j++;
            }
            int atRisk = n - i;
            if (entrySorted is not null)
            {
                while (entered < n && entrySorted[entered] < t)
                {
                    entered++;
                }
                atRisk -= n - entered; // observations with entry ≥ t are not yet at risk
            }
            if (d > 0)
            {
                survival *= 1 - (double)d / atRisk;
                greenwood = atRisk > d ? greenwood + d / ((double)atRisk * (atRisk - d)) : double.PositiveInfinity;
                cumulativeHazard += (double)d / atRisk;
            }
            double sigma = Math.Sqrt(greenwood);
            var (lo, hi) = Interval(survival, sigma, options.Confidence, z);
            steps.Add(
                new KaplanMeierStep(t, atRisk, d, c, survival, survival * sigma, sigma, lo, hi, cumulativeHazard)
            );
            i = j;
        }
        return new KaplanMeierCurveEstimate(label, n, [.. steps], options);
    }

    /// <summary>The pointwise interval of R's <c>survival:::survfit_confint</c> (log-scale σ).</summary>
    internal static (double Low, double High) Interval(double p, double sigma, KaplanMeierConfidence type, double z)
    {
        switch (type)
        {
            case KaplanMeierConfidence.Plain:
            {
                double half = sigma * p * z;
                return (Math.Max(p - half, 0), Math.Min(p + half, 1));
            }
            case KaplanMeierConfidence.Log:
            {
                if (p == 0)
                {
                    return (double.NaN, double.NaN);
                }
                double half = z * sigma;
                return (Math.Exp(Math.Log(p) - half), Math.Min(Math.Exp(Math.Log(p) + half), 1));
            }
            case KaplanMeierConfidence.LogLog:
            {
                if (p == 0 || p == 1)
                {
                    return (double.NaN, double.NaN);
                }
                double half = z * sigma / Math.Log(p);
                double ll = Math.Log(-Math.Log(p));
                return (Math.Exp(-Math.Exp(ll - half)), Math.Exp(-Math.Exp(ll + half)));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }
}
