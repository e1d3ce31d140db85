using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators.Sites;

// Script and notebook conveniences: a table, printing all three tables, and the figures in one call.
public sealed partial record SiteAnalysis
{
    /// <summary>The per-site effects with their empirical-Bayes estimates (<see cref="SiteEffectsTable"/>).</summary>
    public ResultTable ToTable() => SiteEffectsTable();

    /// <summary>The site effects, the heterogeneity summary and the meta-regressions as aligned text tables.</summary>
    public override string ToString() =>
        SiteEffectsTable() + "\n" + HeterogeneityTable() + "\n" + MetaRegressionTable();

    /// <summary>Forest plot of the site effects (empirical-Bayes when <paramref name="shrunken"/>) with the pooled random-effects estimate, 001:119.</summary>
    public Figure Plot(bool shrunken = false, FigureOptions? options = null) =>
        ForestPlotFigure.Build(
            ToForestRows(shrunken),
            ToPooledRow(),
            options ?? new FigureOptions { Title = $"{Outcome} by site", Scale = PlotDefaults.ScaleOf(Outcome) }
        );

    /// <summary>Site effect against <paramref name="trait"/> with the meta-regression line, 001:119-126 (<see cref="SiteMetaRegressionFigure"/>).</summary>
    public Figure PlotTrait(string trait, FigureOptions? options = null) =>
        SiteMetaRegressionFigure.Build(
            ToSitePoints(trait),
            ToMetaRegressionLine(trait),
            options
                ?? new FigureOptions
                {
                    Title = $"{Outcome} effect by {trait}",
                    Scale = PlotDefaults.ScaleOf(Outcome),
                    AxisLabel = trait,
                }
        );
}
