using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Estimators.Weekly;

// Script and notebook conveniences: printing as a table and the report figures in one call.
public sealed partial record WeeklyEffects
{
    /// <summary>The table of <see cref="ToTable()"/> (conventions, band and exclusions in its metadata) as aligned text.</summary>
    public override string ToString() => ToTable().ToString();

    /// <summary>
    /// Levels by arm (left) and the effect with its pointwise 95% band, and the simultaneous band when computed (right):
    /// seed 000 Figs 5, 6, 8 (<see cref="EffectFigure"/>). Default options: titled with the outcome, shares in
    /// percentage points, hours as numbers, this result's min_cell; suppressed weeks are not drawn.
    /// </summary>
    public Figure Plot(FigureOptions? options = null) =>
        EffectFigure.Build(ToArmSeries(), ToEffectSeries(), options ?? DefaultOptions("effect"));

    /// <summary>The weekly level by arm only (<see cref="WeeklyLevelFigure"/>, seed 000 Figs 1–4).</summary>
    public Figure PlotLevels(FigureOptions? options = null) =>
        WeeklyLevelFigure.Build(ToArmSeries(), options ?? DefaultOptions("by arm"));

    /// <summary>Persons followed per week and arm (<see cref="PersonsFollowedFigure"/>, 000:286-287).</summary>
    public Figure PlotPersonsFollowed(FigureOptions? options = null) =>
        PersonsFollowedFigure.Build(
            ToPersonsFollowed(),
            options ?? new FigureOptions { Title = "Persons followed by week", Scale = ValueScale.Number }
        );

    private FigureOptions DefaultOptions(string what) =>
        new()
        {
            Title = Level is null ? $"{Outcome} {what}" : $"{Outcome} {what}, {By} = {Level}",
            Scale = PlotDefaults.ScaleOf(Outcome),
            MinCellSize = Options.MinCell,
        };
}
