using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Figures.Rendering;

namespace JobFirst.Evaluation.Tests.Figures;

public class NumberFormatAndTickTests
{
    [Theory]
    [InlineData(1.5, 1, FigureLanguage.English, "1.5")]
    [InlineData(1.5, 1, FigureLanguage.Danish, "1,5")]
    [InlineData(2407, 0, FigureLanguage.English, "2,407")]
    [InlineData(2407, 0, FigureLanguage.Danish, "2.407")]
    [InlineData(-0.25, 2, FigureLanguage.Danish, "\u22120,25")]
    [InlineData(-0.0001, 2, FigureLanguage.English, "0.00")]
    [InlineData(0.125, 2, FigureLanguage.English, "0.13")]
    public void Labels_follow_the_figure_language(
        double value,
        int decimals,
        FigureLanguage language,
        string expected
    ) => Assert.Equal(expected, FigureNumberFormat.Number(value, decimals, language));

    [Theory]
    [InlineData(0.25, FigureLanguage.English, "25%")]
    [InlineData(0.25, FigureLanguage.Danish, "25 %")]
    public void Percent_labels(double value, FigureLanguage language, string expected) =>
        Assert.Equal(expected, FigureNumberFormat.Percent(value, 0, language));

    [Theory]
    [InlineData(1.0 / 3, "0.33")]
    [InlineData(-0.001, "0")]
    [InlineData(12.5, "12.5")]
    [InlineData(100, "100")]
    [InlineData(double.NaN, "0")]
    [InlineData(-2.005, "-2.01")]
    public void Coordinates_have_at_most_two_invariant_decimals(double value, string expected) =>
        Assert.Equal(expected, FigureNumberFormat.Coordinate(value));

    [Fact]
    public void Nice_steps_follow_the_1_2_5_rule_and_ticks_stay_in_range()
    {
        var gen =
            from a in Gen.Choose(-1_000_000, 1_000_000)
            from span in Gen.Choose(1, 1_000_000)
            from exponent in Gen.Choose(-6, 6)
            from target in Gen.Choose(2, 12)
            select (Min: a * Math.Pow(10, exponent - 3), Max: (a + span) * Math.Pow(10, exponent - 3), Target: target);
        Prop.ForAll(
                gen.ToArbitrary(),
                c =>
                {
                    double step = NiceTicks.Step(c.Max - c.Min, c.Target);
                    double mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-12));
                    bool oneTwoFive = new[] { 1.0, 2.0, 5.0, 10.0 }.Any(m => Math.Abs(mantissa - m) < 1e-9);
                    var ticks = NiceTicks.Positions(c.Min, c.Max, step);
                    double tol = step * 1e-6;
                    bool inRange = ticks.All(t => t >= c.Min - tol && t <= c.Max + tol);
                    bool increasing = ticks.Zip(ticks.Skip(1), (x, y) => y > x).All(b => b);
                    bool evenSteps = ticks.Zip(ticks.Skip(1), (x, y) => Math.Abs(y - x - step) <= tol).All(b => b);
                    // About target intervals: Heckbert rounding keeps the count within a factor of ~2.5.
                    double intervals = (c.Max - c.Min) / step;
                    bool sensibleCount = intervals <= c.Target * 2.5 + 1 && intervals >= c.Target / 2.5 - 1;
                    return (oneTwoFive && inRange && increasing && evenSteps && sensibleCount).Label(
                        $"min={c.Min:R} max={c.Max:R} target={c.Target} step={step:R} ticks={string.Join(";", ticks)}"
                    );
                }
            )
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Resolved_axes_cover_the_data_and_zero_centred_axes_are_symmetric()
    {
        var gen =
            from a in Gen.Choose(-100_000, 100_000)
            from b in Gen.Choose(-100_000, 100_000)
            from rule in Gen.Elements(AxisRangeRule.Data, AxisRangeRule.IncludeZero, AxisRangeRule.ZeroCentred)
            select (Lo: Math.Min(a, b) / 1000.0, Hi: Math.Max(a, b) / 1000.0, Rule: rule);
        Prop.ForAll(
                gen.ToArbitrary(),
                c =>
                {
                    var axis = new Axis { RangeRule = c.Rule };
                    var r = AxisResolver.Resolve(axis, new DataRange(c.Lo, c.Hi), FigureLanguage.English);
                    bool covers = r.Min <= c.Lo + 1e-9 && r.Max >= c.Hi - 1e-9 && r.Max > r.Min;
                    bool zero = c.Rule == AxisRangeRule.Data || (r.Min <= 0 && r.Max >= 0);
                    bool symmetric = c.Rule != AxisRangeRule.ZeroCentred || Math.Abs(r.Min + r.Max) < 1e-9;
                    bool ticksInside = r.Ticks.All(t => t.Position >= r.Min - 1e-9 && t.Position <= r.Max + 1e-9);
                    return covers && zero && symmetric && ticksInside && r.Ticks.Count >= 2;
                }
            )
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Week_axes_never_get_fractional_ticks()
    {
        var axis = new Axis { MinimumTickStep = 1 };
        var r = AxisResolver.Resolve(axis, new DataRange(1, 3), FigureLanguage.English);
        Assert.All(r.Ticks, t => Assert.Equal(Math.Round(t.Position), t.Position));
    }
}
