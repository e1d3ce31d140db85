using System.Globalization;
using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>Numbers in captions, in the report language (decimal comma in Danish, true minus sign as in the figures).</summary>
public static class ReportFormat
{
    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals (<c>0.782</c> / <c>0,782</c>); NaN as "NA".</summary>
    public static string Number(double value, int decimals, FigureLanguage language) =>
        double.IsNaN(value) ? "NA" : FigureNumberFormat.Number(value, decimals, language);

    /// <summary>A percentage of a fraction (<c>21.8%</c> / <c>21,8 %</c>).</summary>
    public static string Percent(double fraction, int decimals, FigureLanguage language) =>
        double.IsNaN(fraction) ? "NA" : FigureNumberFormat.Percent(fraction, decimals, language);

    /// <summary>A p-value: three decimals, or "&lt; 0.001".</summary>
    public static string PValue(double p, FigureLanguage language) =>
        double.IsNaN(p) ? "NA"
        : p < 0.001 ? "< " + FigureNumberFormat.Number(0.001, 3, language)
        : "= " + FigureNumberFormat.Number(p, 3, language);

    /// <summary>The confidence level as a whole percentage without the sign (<c>95</c>).</summary>
    public static string Level(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture);
}
