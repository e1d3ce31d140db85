using System.Globalization;
using JobFirst.Evaluation.Data;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>Reads the R reference values written by Golden/StudyEffects/generate.R (case, name, value at 17 digits).</summary>
internal static class StudyEffectsGolden
{
    private static readonly Lazy<Dictionary<(string Case, string Name), double>> Values = new(Read);

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", "StudyEffects", file);

    public static DataFrame Data(string file) => DataFrameReader.ReadCsv(PathOf(file));

    public static double Value(string @case, string name) =>
        Values.Value.TryGetValue((@case, name), out double v)
            ? v
            : throw new KeyNotFoundException($"no golden value {@case} / {name}");

    public static bool Has(string @case, string name) => Values.Value.ContainsKey((@case, name));

    public static IEnumerable<string> Names(string @case) =>
        Values.Value.Keys.Where(k => k.Case == @case).Select(k => k.Name);

    private static Dictionary<(string, string), double> Read()
    {
        var d = new Dictionary<(string, string), double>();
        foreach (var line in File.ReadLines(PathOf("golden.csv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Trim('"').Split("\",\"");
            d[(f[0], f[1])] = f[2] == "NA" ? double.NaN : double.Parse(f[2], CultureInfo.InvariantCulture);
        }
        return d;
    }

    /// <summary>Relative agreement at <paramref name="relative"/> (absolute floor for values near 0); NaN must match NaN.</summary>
    public static void Close(
        double expected,
        double actual,
        string what,
        double relative = 1e-6,
        double absolute = 1e-10
    )
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, got {actual:R}");
            return;
        }
        double tol = Math.Max(
            absolute,
            (
                Environment.GetEnvironmentVariable("JOBFIRST_GOLDEN_STRICT") is { } s
                    ? double.Parse(s, CultureInfo.InvariantCulture)
                    : relative
            ) * Math.Abs(expected)
        );
        Assert.True(
            Math.Abs(expected - actual) <= tol,
            FormattableString.Invariant(
                $"{what}: expected {expected:R}, got {actual:R} (relative diff {Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), 1e-300):R})"
            )
        );
    }

    /// <summary>Asserts against the golden value of <paramref name="case"/>/<paramref name="name"/>.</summary>
    public static void Check(
        string @case,
        string name,
        double actual,
        double relative = 1e-6,
        double absolute = 1e-10
    ) => Close(Value(@case, name), actual, $"{@case} {name}", relative, absolute);
}
