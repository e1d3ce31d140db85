using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Plottables;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>
/// Kaplan–Meier step curves by arm with optional confidence bands and a number-at-risk table under the plot
/// (as R <c>plot(survfit(...), conf.int = TRUE)</c> with <c>survminer</c>'s risk table). Curves start at (0, 1).
/// At-risk counts between 1 and the minimum cell size − 1 are shown as "&lt;N". The at-risk times are the x-axis ticks,
/// so each column of the table sits under its tick.
/// </summary>
public static class KaplanMeierFigure
{
    /// <summary>Builds the figure; <paramref name="atRiskTimes"/> may be empty for no table.</summary>
    public static Figure Build(
        IReadOnlyList<KaplanMeierCurve> curves,
        IReadOnlyList<double> atRiskTimes,
        FigureOptions options
    )
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(atRiskTimes);
        var fig = BuilderSupport.NewFigure(options, 720, 440 + 17 * curves.Count);
        var labels = BuilderSupport.Labels(options);
        var plot = fig.AddPanel();
        var colors = ArmColors(curves.Count);

        for (int k = 0; k < curves.Count; k++)
        {
            var c = curves[k];
            if (c.ConfLow is { } lo && c.ConfHigh is { } hi)
            {
                var band = plot.Add.Band(WithOrigin(c.Times, 0), WithOrigin(lo, 1), WithOrigin(hi, 1));
                band.Shape = BandShape.Step;
                band.Color = colors[k];
                band.Opacity = 0.15;
            }
        }
        for (int k = 0; k < curves.Count; k++)
        {
            var c = curves[k];
            var step = plot.Add.Step(WithOrigin(c.Times, 0), WithOrigin(c.Survival, 1));
            step.Color = colors[k];
            step.Label = c.Label;
            step.LinePattern = k == 1 ? LinePattern.Dashed : LinePattern.Solid;
        }
        plot.Axes.X.Label = options.AxisLabel ?? labels.Weeks;
        plot.Axes.X.RangeRule = AxisRangeRule.IncludeZero;
        plot.Axes.Y.SetLimits(0, 1);
        plot.Axes.Y.TickFormat = TickFormat.Percent;
        plot.Axes.Y.Label = options.ValueLabel ?? labels.ShareRemaining;

        if (atRiskTimes.Count > 0 && curves.Any(c => c.AtRisk is not null))
        {
            var rows = curves
                .Select(
                    (c, k) =>
                        new AtRiskRow(
                            c.Label,
                            colors[k],
                            [
                                .. atRiskTimes.Select(
                                    (_, i) =>
                                        c.AtRisk is { } a && i < a.Count
                                            ? BuilderSupport.CountText(a[i], fig, options.Language)
                                            : ""
                                ),
                            ]
                        )
                )
                .ToList();
            fig.AtRiskTable = new AtRiskTable(labels.NumberAtRisk, atRiskTimes, rows);
            // The table's columns sit under the axis ticks (as survminer's risk table under the breaks): the
            // at-risk times are the x ticks, and the axis covers every one of them.
            plot.Add.Plottable(new AxisExtent(DataRange.Of(atRiskTimes), DataRange.Empty));
            plot.Axes.X.SetTicks(
                atRiskTimes,
                [.. atRiskTimes.Select(t => FigureNumberFormat.Number(t, Decimals(t), options.Language))]
            );
        }
        return fig;
    }

    private static int Decimals(double t) =>
        t == Math.Round(t) ? 0
        : t * 10 == Math.Round(t * 10) ? 1
        : 2;

    private static List<Color> ArmColors(int n) =>
        [
            .. Enumerable
                .Range(0, n)
                .Select(k =>
                    k == 0 ? Colors.Treatment
                    : k == 1 ? Colors.Control
                    : Colors.Palette[k % Colors.Palette.Count]
                ),
        ];

    private static double[] WithOrigin(IReadOnlyList<double> values, double origin)
    {
        // Curves from survfit start at the first event time; the plot starts at time 0 with S = 1.
        return [origin, .. values];
    }
}
