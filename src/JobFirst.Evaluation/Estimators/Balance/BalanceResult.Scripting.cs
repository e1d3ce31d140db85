using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Estimators.Balance;

// Script and notebook conveniences: printing as a table and the love plot in one call.
public sealed partial record BalanceResult
{
    /// <summary>The balance table of <see cref="ToTable"/> (joint tests in its metadata) as aligned text.</summary>
    public override string ToString() => ToTable().ToString();

    /// <summary>Love plot of the standardised mean differences with lines at ±0.1 and ±0.25 (<see cref="BalancePlotFigure"/>).</summary>
    public Figure Plot(FigureOptions? options = null) =>
        BalancePlotFigure.Build(ToBalanceRows(), options ?? new FigureOptions { Title = "Balance" });
}
