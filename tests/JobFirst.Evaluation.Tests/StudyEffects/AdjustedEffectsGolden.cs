using System.Globalization;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>Reads Golden/StudyEffects/golden_lin.csv, written by generate_lin.R (case, name, value at 17 digits).</summary>
internal static class AdjustedEffectsGolden
{
    private static readonly Lazy<Dictionary<(string Case, string Name), double>> Values = new(Read);

    public static double Value(string @case, string name) =>
        Values.Value.TryGetValue((@case, name), out double v)
            ? v
            : throw new KeyNotFoundException($"no golden value {@case} / {name}");

    public static bool Has(string @case) => Values.Value.Keys.Any(k => k.Case == @case);

    public static int Count => Values.Value.Count;

    public static void Check(string @case, string name, double actual, double absolute = 1e-10) =>
        StudyEffectsGolden.Close(Value(@case, name), actual, $"{@case} {name}", 1e-6, absolute);

    private static Dictionary<(string, string), double> Read()
    {
        var d = new Dictionary<(string, string), double>();
        foreach (
            var line in File.ReadLines(StudyEffectsGolden.PathOf("golden_lin.csv")).Skip(1).Where(l => l.Length > 0)
        )
        {
            var f = line.Trim('"').Split("\",\"");
            d[(f[0], f[1])] = f[2] == "NA" ? double.NaN : double.Parse(f[2], CultureInfo.InvariantCulture);
        }
        return d;
    }
}
