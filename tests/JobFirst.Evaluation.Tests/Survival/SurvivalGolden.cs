using System.Globalization;
using JobFirst.Evaluation.Data;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Reads the R reference values written by Golden/Survival/generate_km.R.</summary>
internal static class SurvivalGolden
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", "Survival", file);

    public static DataFrame Data(string file) => DataFrameReader.ReadCsv(PathOf(file));

    /// <summary>The golden table as rows of column → text.</summary>
    public static List<Dictionary<string, string>> Rows(string file)
    {
        var frame = Data(file);
        var rows = new List<Dictionary<string, string>>(frame.RowCount);
        for (int i = 0; i < frame.RowCount; i++)
        {
            rows.Add(frame.Columns.ToDictionary(c => c.Name, c => c.TextAt(i) ?? "NA", StringComparer.Ordinal));
        }
        return rows;
    }

    public static double Number(string text) =>
        text switch
        {
            "NA" or "NaN" => double.NaN,
            "Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => double.Parse(text, CultureInfo.InvariantCulture),
        };

    /// <summary>
    /// Relative 1e-6 (absolute floor 1e-12 near zero); NaN and infinities must match exactly. Returns the
    /// relative error (for reporting the worst case).
    /// </summary>
    public static double Close(
        string expectedText,
        double actual,
        string what,
        double relative = 1e-6,
        double absolute = 1e-12
    )
    {
        double expected = Number(expectedText);
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(
                expected.Equals(actual),
                FormattableString.Invariant($"{what}: expected {expected}, got {actual:R}")
            );
            return 0;
        }
        double tol = Math.Max(absolute, relative * Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual) <= tol,
            FormattableString.Invariant(
                $"{what}: expected {expected:R}, got {actual:R} (diff {Math.Abs(expected - actual):R})"
            )
        );
        return RelativeError(expectedText, actual);
    }

    /// <summary>|relative error| for reporting the worst case.</summary>
    public static double RelativeError(string expectedText, double actual)
    {
        double expected = Number(expectedText);
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            return expected.Equals(actual) ? 0 : double.PositiveInfinity;
        }
        return expected == 0 ? Math.Abs(actual) : Math.Abs(expected - actual) / Math.Abs(expected);
    }
}
