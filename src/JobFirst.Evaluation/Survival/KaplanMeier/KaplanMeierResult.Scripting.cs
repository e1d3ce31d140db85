using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Survival.KaplanMeier;

// Script and notebook conveniences: printing as a table and the figure in one call.
public sealed partial class KaplanMeierResult
{
    /// <summary>The curve steps of <see cref="ToResultTable"/> (small cells suppressed at the default 5) as aligned text.</summary>
    public override string ToString() => ToResultTable().ToString();

    /// <summary>
    /// The curves as <see cref="KaplanMeierFigure"/> (step curves with pointwise bands, treatment first, and a
    /// number-at-risk table), via <see cref="ToFigureCurves"/>: steps with fewer than
    /// <see cref="FigureOptions.MinCellSize"/> at risk are not drawn and such at-risk counts show as <c>&lt;5</c>.
    /// </summary>
    /// <param name="atRiskTimes">Times of the at-risk table (default every 13 weeks from 0 to the last observed time).</param>
    /// <param name="options">Title, language, labels.</param>
    public Figure Plot(IReadOnlyList<double>? atRiskTimes = null, FigureOptions? options = null)
    {
        options ??= new FigureOptions();
        if (atRiskTimes is null)
        {
            double last = Curves.SelectMany(c => c.Steps).Select(s => s.Time).DefaultIfEmpty(0).Max();
            atRiskTimes = [.. Enumerable.Range(0, (int)Math.Floor(last / 13) + 1).Select(k => 13.0 * k)];
        }
        return KaplanMeierFigure.Build(ToFigureCurves(atRiskTimes, options.MinCellSize), atRiskTimes, options);
    }
}
