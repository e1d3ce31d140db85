using System.Globalization;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Reads the R reference values written by Golden/Monitoring/generate.R.</summary>
internal static class MonitoringGolden
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", "Monitoring", file);

    /// <summary>Rows of an R <c>write.csv</c> file as column name → unquoted text.</summary>
    public static List<Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(PathOf(file)).Where(l => l.Length > 0).ToList();
        var header = Split(lines[0]);
        return
        [
            .. lines
                .Skip(1)
                .Select(l =>
                {
                    var cells = Split(l);
                    return header.Select((h, i) => (h, cells[i])).ToDictionary(p => p.h, p => p.Item2);
                }),
        ];
    }

    private static string[] Split(string line) => [.. line.Split(',').Select(c => c.Trim('"'))];

    public static double Number(string text) =>
        text == "NA" ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Relative 1e-6 (absolute 1e-12 near zero); NaN must match NaN.</summary>
    public static void Close(double expected, double actual, string what, double relative = 1e-6)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, got {actual:R}");
            return;
        }
        double tol = Math.Max(1e-12, relative * Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual) <= tol,
            FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R}")
        );
    }

    /// <summary>Relative error |a − e| / |e| (0 when both are NaN or equal).</summary>
    public static double RelativeError(double expected, double actual) =>
        double.IsNaN(expected) && double.IsNaN(actual) ? 0
        : expected == actual ? 0
        : Math.Abs(expected - actual) / Math.Max(1e-300, Math.Abs(expected));
}
