using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Monitoring.Survey;

/// <summary>
/// Unit-level survey measures at baseline and follow-up (seed 003:55-99): per measure, "X of N units meet the
/// threshold" in each round (N = units answering, which varies between rounds), the change in the share, and a
/// test of no change — McNemar when the same units answered both rounds, the two-proportion test otherwise
/// (<see cref="SurveyComparison"/>).
/// </summary>
public static class SurveyAnalysis
{
    /// <summary>Compares <paramref name="baselineRound"/> with <paramref name="finalRound"/> for every measure.</summary>
    /// <param name="responses">The survey answers.</param>
    /// <param name="thresholds">Per measure, when a unit meets it; measures whose answers are all 0/1 default to <see cref="SurveyThreshold.Yes"/>.</param>
    /// <param name="baselineRound">Baseline round name (<c>baseline</c>).</param>
    /// <param name="finalRound">Follow-up round name (<c>final</c>).</param>
    /// <param name="comparison">Test choice.</param>
    /// <param name="correction">Continuity correction (R's default: Yates).</param>
    /// <param name="level">Confidence level of the two-proportion interval.</param>
    /// <param name="measures">Measures to analyse, or null for all.</param>
    /// <exception cref="InputException">A measure with non-0/1 answers and no threshold (naming a line), an unknown measure, or a round absent from the file.</exception>
    public static SurveyResult Compute(
        IReadOnlyList<SurveyResponse> responses,
        IReadOnlyDictionary<string, SurveyThreshold>? thresholds = null,
        string baselineRound = "baseline",
        string finalRound = "final",
        SurveyComparison comparison = SurveyComparison.Auto,
        ChiSquareCorrection correction = ChiSquareCorrection.Yates,
        double level = 0.95,
        IReadOnlyList<string>? measures = null
    )
    {
        ArgumentNullException.ThrowIfNull(responses);
        thresholds ??= new Dictionary<string, SurveyThreshold>();
        var rounds = responses.Select(r => r.Round).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var round in new[] { baselineRound, finalRound })
        {
            if (!rounds.Contains(round))
            {
                throw new InputException($"the survey has no round '{round}' (rounds: {string.Join(", ", rounds)})");
            }
        }
        var known = responses.Select(r => r.Measure).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var m in (measures ?? []).Concat(thresholds.Keys))
        {
            if (!known.Contains(m))
            {
                throw new InputException($"the survey has no measure '{m}' (measures: {string.Join(", ", known)})");
            }
        }
        var rows = new List<SurveyChangeRow>();
        foreach (var measure in measures ?? known)
        {
            var answers = responses.Where(r => r.Measure == measure && r.Value is not null).ToList();
            if (!thresholds.TryGetValue(measure, out var threshold))
            {
                var nonBinary = answers.FirstOrDefault(r => r.Value is not (0 or 1));
                if (nonBinary is not null)
                {
                    throw new InputException(
                        FormattableString.Invariant(
                            $"measure '{measure}' is not 0/1 (e.g. line {nonBinary.Line}); give a threshold such as {measure}<40 or {measure}>=0.6"
                        )
                    );
                }
                threshold = SurveyThreshold.Yes;
            }
            rows.Add(Row(measure, threshold, answers, baselineRound, finalRound, comparison, correction, level));
        }
        return new SurveyResult(
            baselineRound,
            finalRound,
            comparison,
            correction,
            level,
            rows,
            [.. rounds.Where(r => r != baselineRound && r != finalRound)]
        );
    }

    private static SurveyChangeRow Row(
        string measure,
        SurveyThreshold threshold,
        List<SurveyResponse> answers,
        string baselineRound,
        string finalRound,
        SurveyComparison comparison,
        ChiSquareCorrection correction,
        double level
    )
    {
        var baseline = answers
            .Where(a => a.Round == baselineRound)
            .ToDictionary(a => a.Unit, a => threshold.IsMet(a.Value!.Value), StringComparer.Ordinal);
        var final = answers
            .Where(a => a.Round == finalRound)
            .ToDictionary(a => a.Unit, a => threshold.IsMet(a.Value!.Value), StringComparer.Ordinal);
        int x0 = baseline.Values.Count(v => v),
            n0 = baseline.Count,
            x1 = final.Values.Count(v => v),
            n1 = final.Count;
        var both = baseline.Keys.Where(final.ContainsKey).ToList();
        int b = both.Count(u => baseline[u] && !final[u]);
        int c = both.Count(u => !baseline[u] && final[u]);
        double? s0 = n0 == 0 ? null : (double)x0 / n0;
        double? s1 = n1 == 0 ? null : (double)x1 / n1;
        double? change = s0 is { } a && s1 is { } f ? f - a : null;
        bool samePeople = both.Count == n0 && both.Count == n1;
        var test = comparison switch
        {
            SurveyComparison.McNemar => "mcnemar",
            SurveyComparison.TwoProportion => "prop_test",
            _ => samePeople ? "mcnemar" : "prop_test",
        };
        string display = FormattableString.Invariant(
            $"{x1} of {n1}{Percent(s1)}; {baselineRound} {x0} of {n0}{Percent(s0)}"
        );
        var row = new SurveyChangeRow(
            measure,
            threshold.ToString(),
            x0,
            n0,
            s0,
            x1,
            n1,
            s1,
            change,
            both.Count,
            b,
            c,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            display
        );
        if (test == "mcnemar")
        {
            if (both.Count == 0)
            {
                return row;
            }
            var t = McNemarTest.Compute(b, c, correction);
            return row with
            {
                Test = test,
                PairedChange = (double)(c - b) / both.Count,
                Statistic = Nullable(t.Statistic),
                Df = t.Df,
                PValue = Nullable(t.PValue),
                ExactPValue = Nullable(t.ExactPValue),
                ApproximationWarning = b + c < 10,
            };
        }
        if (n0 == 0 || n1 == 0)
        {
            return row;
        }
        var p = TwoProportionTest.Compute(x1, n1, x0, n0, correction, level);
        return row with
        {
            Test = test,
            Statistic = Nullable(p.Statistic),
            Df = p.Df,
            PValue = Nullable(p.PValue),
            ConfLow = p.ConfLow,
            ConfHigh = p.ConfHigh,
            ApproximationWarning = p.SmallExpected,
        };
    }

    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;

    private static string Percent(double? share) =>
        share is { } s ? " (" + (100 * s).ToString("0", CultureInfo.InvariantCulture) + "%)" : "";
}
