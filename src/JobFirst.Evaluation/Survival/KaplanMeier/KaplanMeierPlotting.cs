using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>Kaplan–Meier curves as a figure in one call: <c>km.Plot()</c>.</summary>
public static class KaplanMeierPlotting
{
    /// <summary>
    /// The curves as <see cref="KaplanMeierFigure"/> (step curves with pointwise bands, treatment first, and a
    /// number-at-risk table), via <see cref="KaplanMeierResult.ToFigureCurves"/>: steps with fewer than
    /// <see cref="FigureOptions.MinCellSize"/> at risk are not drawn and such at-risk counts show as <c>&lt;5</c>.
    /// </summary>
    /// <param name="result">The fitted curves.</param>
    /// <param name="atRiskTimes">Times of the at-risk table (default every 13 weeks from 0 to the last observed time).</param>
    /// <param name="options">Title, language, labels (default: value axis "Share still in the status").</param>
    public static Figure Plot(
        this KaplanMeierResult result,
        IReadOnlyList<double>? atRiskTimes = null,
        FigureOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new FigureOptions();
        if (atRiskTimes is null)
        {
            double last = result.Curves.SelectMany(c => c.Steps).Select(s => s.Time).DefaultIfEmpty(0).Max();
            atRiskTimes = [.. Enumerable.Range(0, (int)Math.Floor(last / 13) + 1).Select(k => 13.0 * k)];
        }
        return KaplanMeierFigure.Build(result.ToFigureCurves(atRiskTimes, options.MinCellSize), atRiskTimes, options);
    }
}
