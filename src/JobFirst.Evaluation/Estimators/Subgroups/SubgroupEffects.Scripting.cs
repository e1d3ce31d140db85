using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Estimators.Subgroups;

// Script and notebook conveniences: printing as tables and the forest plot in one call.
public sealed partial record SubgroupEffects
{
    /// <summary>The effects per subgroup (<see cref="ToTable"/>) followed by the test of equal effects (<see cref="TestsTable"/>).</summary>
    public override string ToString() => ToTable() + "\n" + TestsTable();

    /// <summary>Forest plot of the subgroup effects at <paramref name="week"/> (or of the window outcome), 001:83-85 (<see cref="ForestPlotFigure"/>).</summary>
    public Figure Plot(int? week = null, FigureOptions? options = null) =>
        ForestPlotFigure.Build(
            ToForestRows(week),
            null,
            options ?? new FigureOptions { Title = $"{Outcome} by {By}", Scale = PlotDefaults.ScaleOf(Outcome) }
        );
}
