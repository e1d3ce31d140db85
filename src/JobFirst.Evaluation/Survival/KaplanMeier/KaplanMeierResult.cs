using System.Globalization;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// Kaplan–Meier curves by group with the contrasts evaluators report: restricted-mean differences and
/// survival differences at a week, each with a z-based standard error and interval (df = ∞). Converts to
/// result tables (small cells suppressed) and to the report's <see cref="KaplanMeierCurve"/> figure input.
/// Immutable.
/// </summary>
public sealed partial class KaplanMeierResult
{
    internal KaplanMeierResult(
        IReadOnlyList<KaplanMeierCurveEstimate> curves,
        KaplanMeierOptions options,
        SurvivalData data
    )
    {
        Curves = curves;
        Options = options;
        Data = data;
    }

    /// <summary>One curve per non-empty group, in group-level order.</summary>
    public IReadOnlyList<KaplanMeierCurveEstimate> Curves { get; }

    /// <summary>Interval scale and level.</summary>
    public KaplanMeierOptions Options { get; }

    /// <summary>The data the curves were fitted to.</summary>
    public SurvivalData Data { get; }

    /// <summary>The curve of group <paramref name="group"/>.</summary>
    public KaplanMeierCurveEstimate Curve(string group) =>
        Curves.FirstOrDefault(c => c.Group == group)
        ?? throw new ArgumentException(
            $"No group '{group}' (groups: {string.Join(", ", Curves.Select(c => c.Group))}).",
            nameof(group)
        );

    /// <summary>Restricted mean survival time up to <paramref name="tau"/> for every curve.</summary>
    public IReadOnlyList<RestrictedMeanSurvival> RestrictedMeans(double tau) =>
        [.. Curves.Select(c => c.RestrictedMean(tau))];

    /// <summary>
    /// RMST(group) − RMST(reference) up to τ for every other group, se = sqrt(se₁² + se₀²) (independent
    /// groups), z interval and two-sided p — survRM2 <c>rmst2(...)$unadjusted.result</c> "RMST (arm=1)-(arm=0)"
    /// (Uno et al. 2014). Term <c>rmst(τ): group - reference</c>. The reference defaults to the first group
    /// (e.g. <c>control</c>).
    /// </summary>
    public IReadOnlyList<TidyTerm> RestrictedMeanDifferences(double tau, string? reference = null)
    {
        var r = Reference(reference);
        var r0 = r.RestrictedMean(tau);
        return
        [
            .. Curves
                .Where(c => c != r)
                .Select(c =>
                {
                    var r1 = c.RestrictedMean(tau);
                    return WaldInference.Compute(
                        $"rmst({Format(tau)}): {c.Group} - {r.Group}",
                        r1.Estimate - r0.Estimate,
                        Math.Sqrt(r1.StdError * r1.StdError + r0.StdError * r0.StdError),
                        double.PositiveInfinity,
                        Options.ConfidenceLevel
                    );
                }),
        ];
    }

    /// <summary>
    /// S_group(t) − S_reference(t) for every other group, with se = sqrt(se₁² + se₀²) from the Greenwood
    /// standard errors (R: the difference of <c>summary(fit, times = t)</c>'s <c>surv</c>, its <c>std.err</c>
    /// combined), z interval and p. Term <c>survival(t): group - reference</c>.
    /// </summary>
    public IReadOnlyList<TidyTerm> SurvivalDifferences(double time, string? reference = null)
    {
        var r = Reference(reference);
        var s0 = r.At(time);
        return
        [
            .. Curves
                .Where(c => c != r)
                .Select(c =>
                {
                    var s1 = c.At(time);
                    return WaldInference.Compute(
                        $"survival({Format(time)}): {c.Group} - {r.Group}",
                        s1.Survival - s0.Survival,
                        Math.Sqrt(s1.StdError * s1.StdError + s0.StdError * s0.StdError),
                        double.PositiveInfinity,
                        Options.ConfidenceLevel
                    );
                }),
        ];
    }

    /// <summary>
    /// The curves as a table: <c>group, time, n_risk, n_event, n_censor, survival, std_error, conf_low,
    /// conf_high, cumulative_hazard, suppressed</c>; rows with fewer than <paramref name="minCell"/> at risk
    /// keep only group and time (suppressed = true).
    /// </summary>
    public ResultTable ToResultTable(int minCell = 5)
    {
        var rows = new List<IReadOnlyList<object?>>();
        int suppressed = 0;
        foreach (var c in Curves)
        {
            foreach (var s in c.Steps)
            {
                if (s.NRisk < minCell)
                {
                    suppressed++;
                    rows.Add([c.Group, s.Time, null, null, null, null, null, null, null, null, true]);
                    continue;
                }
                rows.Add([
                    c.Group,
                    s.Time,
                    s.NRisk,
                    s.NEvent,
                    s.NCensor,
                    s.Survival,
                    s.StdError,
                    s.ConfLow,
                    s.ConfHigh,
                    s.CumulativeHazard,
                    false,
                ]);
            }
        }
        return new ResultTable(
            "Kaplan-Meier estimates",
            [
                "group",
                "time",
                "n_risk",
                "n_event",
                "n_censor",
                "survival",
                "std_error",
                "conf_low",
                "conf_high",
                "cumulative_hazard",
                "suppressed",
            ],
            rows,
            Metadata(minCell, suppressed)
        );
    }

    /// <summary>
    /// Per group: <c>group, records, events, median, median_conf_low, median_conf_high</c>, and when asked
    /// <c>rmst_tau, rmst, rmst_std_error, rmst_conf_low, rmst_conf_high</c> and <c>at_time, n_risk_at,
    /// survival_at, survival_at_std_error, survival_at_conf_low, survival_at_conf_high</c>. Groups with fewer
    /// than <paramref name="minCell"/> records are suppressed; a survival read-out with fewer than
    /// <paramref name="minCell"/> still at risk is blanked.
    /// </summary>
    public ResultTable SummaryTable(double? tau = null, double? at = null, int minCell = 5)
    {
        var columns = new List<string>
        {
            "group",
            "records",
            "events",
            "median",
            "median_conf_low",
            "median_conf_high",
        };
        if (tau is not null)
        {
            columns.AddRange(["rmst_tau", "rmst", "rmst_std_error", "rmst_conf_low", "rmst_conf_high"]);
        }
        if (at is not null)
        {
            columns.AddRange([
                "at_time",
                "n_risk_at",
                "survival_at",
                "survival_at_std_error",
                "survival_at_conf_low",
                "survival_at_conf_high",
            ]);
        }
        columns.Add("suppressed");
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var c in Curves)
        {
            bool small = c.Records < minCell;
            var row = new List<object?> { c.Group };
            if (small)
            {
                row.AddRange(Enumerable.Repeat<object?>(null, columns.Count - 2));
                row.Add(true);
                rows.Add(row);
                continue;
            }
            row.AddRange([c.Records, c.Events, c.Median.Estimate, c.Median.ConfLow, c.Median.ConfHigh]);
            if (tau is { } t)
            {
                var r = c.RestrictedMean(t);
                row.AddRange([t, r.Estimate, r.StdError, r.ConfLow, r.ConfHigh]);
            }
            if (at is { } a)
            {
                var s = c.At(a);
                bool hide = s.NRisk < minCell;
                row.AddRange([
                    a,
                    hide ? null : s.NRisk,
                    hide ? null : s.Survival,
                    hide ? null : s.StdError,
                    hide ? null : s.ConfLow,
                    hide ? null : s.ConfHigh,
                ]);
            }
            row.Add(false);
            rows.Add(row);
        }
        return new ResultTable("Kaplan-Meier summary", columns, rows, Metadata(minCell, null));
    }

    /// <summary>
    /// The report figure's input (<see cref="KaplanMeierFigure"/>): per curve the event times with S after
    /// each and the pointwise interval, cut where fewer than <paramref name="minCell"/> remain at risk, and
    /// the number at risk at each of <paramref name="atRiskTimes"/>. A <c>treatment</c> curve comes first
    /// (the figure's treatment colour), then the others in group order.
    /// </summary>
    public IReadOnlyList<KaplanMeierCurve> ToFigureCurves(IReadOnlyList<double> atRiskTimes, int minCell = 5)
    {
        ArgumentNullException.ThrowIfNull(atRiskTimes);
        var ordered = Curves.OrderBy(c => c.Group == "treatment" ? 0 : 1).ToList();
        return
        [
            .. ordered.Select(c =>
            {
                var shown = c.Steps.Where(s => s.NEvent > 0 && s.NRisk >= minCell).ToList();
                return new KaplanMeierCurve(
                    c.Group,
                    [.. shown.Select(s => s.Time)],
                    [.. shown.Select(s => s.Survival)],
                    [.. shown.Select(s => s.ConfLow)],
                    [.. shown.Select(s => s.ConfHigh)],
                    [.. atRiskTimes.Select(t => c.At(t).NRisk)]
                );
            }),
        ];
    }

    private KaplanMeierCurveEstimate Reference(string? reference)
    {
        if (Curves.Count < 2)
        {
            throw new Errors.InputException("a between-group contrast needs at least two groups");
        }
        return reference is null ? Curves[0] : Curve(reference);
    }

    private Dictionary<string, string> Metadata(int minCell, int? suppressed)
    {
        var m = new Dictionary<string, string>
        {
            ["estimator"] = "Kaplan-Meier, Greenwood variance (R survfit)",
            ["conf_type"] = Options.Confidence switch
            {
                KaplanMeierConfidence.Log => "log",
                KaplanMeierConfidence.LogLog => "log-log",
                _ => "plain",
            },
            ["conf_level"] = Format(Options.ConfidenceLevel),
            ["min_cell"] = minCell.ToString(CultureInfo.InvariantCulture),
            ["rows_dropped_missing"] = Data.DroppedRows.RowsDropped.ToString(CultureInfo.InvariantCulture),
        };
        if (suppressed is { } s)
        {
            m["suppressed_rows"] = s.ToString(CultureInfo.InvariantCulture);
        }
        return m;
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
