using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// One Kaplan–Meier curve (one group): the estimate at every distinct observed time, the median with its
/// interval, and read-outs at chosen times and horizons. Immutable.
/// </summary>
public sealed class KaplanMeierCurveEstimate
{
    private readonly KaplanMeierStep[] _steps;

    internal KaplanMeierCurveEstimate(string group, int records, KaplanMeierStep[] steps, KaplanMeierOptions options)
    {
        Group = group;
        Records = records;
        _steps = steps;
        Options = options;
        Events = steps.Sum(s => s.NEvent);
        Median = new SurvivalMedian(
            FirstAtOrBelowHalf(s => s.Survival),
            FirstAtOrBelowHalf(s => s.ConfLow),
            FirstAtOrBelowHalf(s => s.ConfHigh)
        );
    }

    /// <summary>Group label.</summary>
    public string Group { get; }

    /// <summary>Observations in the group (R <c>records</c>).</summary>
    public int Records { get; }

    /// <summary>Events in the group.</summary>
    public int Events { get; }

    /// <summary>Interval scale and level.</summary>
    public KaplanMeierOptions Options { get; }

    /// <summary>The estimate at every distinct observed time, in time order.</summary>
    public IReadOnlyList<KaplanMeierStep> Steps => _steps;

    /// <summary>Median survival time and its interval (R <c>print(survfit)</c>).</summary>
    public SurvivalMedian Median { get; }

    /// <summary>
    /// The estimate at time <paramref name="time"/> (R <c>summary(fit, times = t)</c>): the last step at or
    /// before t (S = 1, se 0 and the interval [1, 1] before the first step); n at risk is that of the first
    /// step at or after t. Beyond the last observed time the estimate is NaN unless the curve reached 0.
    /// </summary>
    public SurvivalAtTime At(double time)
    {
        int last = LastStepAtOrBefore(time);
        int next = last + 1 < _steps.Length && (last < 0 || _steps[last].Time < time) ? last + 1 : last;
        int nRisk = next >= 0 && next < _steps.Length && _steps[next].Time >= time ? _steps[next].NRisk : 0;
        if (last < 0)
        {
            return new SurvivalAtTime(Group, time, nRisk, 1, 0, 1, 1);
        }
        var s = _steps[last];
        bool beyond = time > _steps[^1].Time && _steps[^1].Survival > 0;
        if (beyond)
        {
            return new SurvivalAtTime(Group, time, 0, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        return new SurvivalAtTime(Group, time, nRisk, s.Survival, s.StdError, s.ConfLow, s.ConfHigh);
    }

    /// <summary>
    /// Restricted mean survival time up to <paramref name="tau"/> with the Greenwood-type standard error of
    /// R's <c>survival:::survmean</c> (<c>print(fit, rmean = τ)</c>) and survRM2's <c>rmst2</c>; the interval is
    /// estimate ± z·se at the options' level. Steps at times ≤ τ enter; S is carried to τ.
    /// </summary>
    public RestrictedMeanSurvival RestrictedMean(double tau)
    {
        if (!double.IsFinite(tau) || tau <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tau), tau, "The horizon must be a positive number.");
        }
        int m = 0;
        while (m < _steps.Length && _steps[m].Time <= tau)
        {
            m++;
        }
        // rect[i] is the area of the rectangle ending at step i's time (height S before it); the last
        // rectangle runs from the last step (≤ τ) to τ.
        var rect = new double[m];
        double prevTime = 0;
        double prevSurvival = 1;
        double mean = 0;
        for (int i = 0; i < m; i++)
        {
            rect[i] = (_steps[i].Time - prevTime) * prevSurvival;
            mean += rect[i];
            prevTime = _steps[i].Time;
            prevSurvival = _steps[i].Survival;
        }
        double tail = (tau - prevTime) * prevSurvival;
        mean += tail;
        double area = tail; // ∫ from step i's time to τ
        double variance = 0;
        for (int i = m - 1; i >= 0; i--)
        {
            var s = _steps[i];
            if (s.NRisk > s.NEvent)
            {
                variance += area * area * s.NEvent / ((double)s.NRisk * (s.NRisk - s.NEvent));
            }
            area += rect[i];
        }
        double se = Math.Sqrt(variance);
        double z = WaldInference.Quantile(double.PositiveInfinity, 0.5 + Options.ConfidenceLevel / 2);
        return new RestrictedMeanSurvival(Group, tau, mean, se, mean - z * se, mean + z * se);
    }

    private int LastStepAtOrBefore(double time)
    {
        int lo = 0,
            hi = _steps.Length - 1,
            found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_steps[mid].Time <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    // survival:::survmean's minmin(): the first time a curve is ≤ ½ (within √ε); if it equals ½ there and
    // later drops below, the midpoint between that time and the time of the drop.
    private double FirstAtOrBelowHalf(Func<KaplanMeierStep, double> curve)
    {
        const double tolerance = 1.4901161193847656e-08;
        int first = -1;
        for (int i = 0; i < _steps.Length; i++)
        {
            double y = curve(_steps[i]);
            if (!double.IsNaN(y) && y < 0.5 + tolerance)
            {
                first = i;
                break;
            }
        }
        if (first < 0)
        {
            return double.NaN;
        }
        double y1 = curve(_steps[first]);
        if (Math.Abs(y1 - 0.5) < tolerance)
        {
            for (int i = first + 1; i < _steps.Length; i++)
            {
                double y = curve(_steps[i]);
                if (!double.IsNaN(y) && y < y1)
                {
                    return (_steps[first].Time + _steps[i].Time) / 2;
                }
            }
        }
        return _steps[first].Time;
    }
}
