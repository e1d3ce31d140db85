using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Estimators.Distribution;

// Script and notebook conveniences: printing as a table and the figure in one call.
public sealed partial record HoursDistributionResult
{
    /// <summary>The distribution of <see cref="ToTable"/> (test and suppression in its metadata) as aligned text.</summary>
    public override string ToString() => ToTable().ToString();

    /// <summary>Distribution of positive ordinary hours by arm and band (<see cref="HoursDistributionFigure"/>, 000 Fig 7).</summary>
    public Figure Plot(FigureOptions? options = null) =>
        HoursDistributionFigure.Build(
            ToFigureInput(),
            options ?? new FigureOptions { Title = "Ordinary hours by band" }
        );
}
