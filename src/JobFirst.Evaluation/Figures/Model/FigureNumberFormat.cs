using System.Globalization;

namespace JobFirst.Evaluation.Figures.Model;

/// <summary>
/// The single place where figures turn numbers into text, so output is byte-identical across machines:
/// SVG coordinates use the invariant culture with at most two decimals; labels use the figure language
/// (decimal comma and thousands point in Danish) and a true minus sign (U+2212).
/// </summary>
public static class FigureNumberFormat
{
    private const string Minus = "\u2212";

    private static readonly NumberFormatInfo EnglishFormat = Create(".", ",");
    private static readonly NumberFormatInfo DanishFormat = Create(",", ".");

    /// <summary>An SVG coordinate or length: rounded half away from zero to 2 decimals, no trailing zeros, never <c>-0</c>; non-finite → <c>0</c>.</summary>
    public static string Coordinate(double value)
    {
        if (!double.IsFinite(value))
        {
            return "0";
        }
        double r = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return r == 0 ? "0" : r.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A label number with exactly <paramref name="decimals"/> decimals (clamped to 0..3) and thousands separators.</summary>
    public static string Number(double value, int decimals, FigureLanguage language)
    {
        if (double.IsNaN(value))
        {
            return "NA";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : Minus + "∞";
        }
        int d = Math.Clamp(decimals, 0, 3);
        double r = Math.Round(value, d, MidpointRounding.AwayFromZero);
        if (r == 0)
        {
            r = 0; // drop the sign of -0
        }
        return r.ToString("N" + d.ToString(CultureInfo.InvariantCulture), FormatFor(language));
    }

    /// <summary>A proportion as a percentage: 0.254 → <c>25%</c> (English) or <c>25 %</c> (Danish) with 0 decimals.</summary>
    public static string Percent(double fraction, int decimals, FigureLanguage language)
    {
        var n = Number(fraction * 100, decimals, language);
        return language == FigureLanguage.Danish ? n + " %" : n + "%";
    }

    /// <summary>A count with thousands separators: <c>2,407</c> (English) or <c>2.407</c> (Danish).</summary>
    public static string Count(long count, FigureLanguage language) => Number(count, 0, language);

    /// <summary>Decimals needed to show multiples of <paramref name="step"/> exactly (0 for steps ≥ 1), at most 3.</summary>
    public static int DecimalsForStep(double step)
    {
        if (!double.IsFinite(step) || step <= 0)
        {
            return 0;
        }
        for (int d = 0; d < 3; d++)
        {
            double scaled = step * Math.Pow(10, d);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9 * Math.Max(1, scaled))
            {
                return d;
            }
        }
        return 3;
    }

    private static NumberFormatInfo Create(string decimalSeparator, string groupSeparator)
    {
        var f = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        f.NumberDecimalSeparator = decimalSeparator;
        f.NumberGroupSeparator = groupSeparator;
        f.NegativeSign = Minus;
        f.NumberNegativePattern = 1;
        return NumberFormatInfo.ReadOnly(f);
    }

    private static NumberFormatInfo FormatFor(FigureLanguage language) =>
        language == FigureLanguage.Danish ? DanishFormat : EnglishFormat;
}
