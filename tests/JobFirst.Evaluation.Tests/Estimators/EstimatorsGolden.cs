using System.Globalization;
using JobFirst.Evaluation.Data;

namespace JobFirst.Evaluation.Tests.Estimators;

/// <summary>Reads the R reference values written by Golden/Estimators/generate.R and tracks the worst relative error.</summary>
internal static class EstimatorsGolden
{
    private static readonly Lazy<List<string[]>> DimRows = new(() => ReadQuoted("dim.csv"));

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", "Estimators", file);

    public static DataFrame Data(string file) => DataFrameReader.ReadCsv(PathOf(file));

    public static List<string[]> Rows(string file) => ReadQuoted(file);

    /// <summary>field → text value for one case of dim.csv.</summary>
    public static Dictionary<string, string> Case(string @case)
    {
        var d = DimRows.Value.Where(r => r[0] == @case).ToDictionary(r => r[1], r => r[2]);
        Assert.True(d.Count > 0, $"no golden rows for case {@case}");
        return d;
    }

    public static double Parse(string s) =>
        s switch
        {
            "NA" => double.NaN,
            "Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => double.Parse(s, CultureInfo.InvariantCulture),
        };

    /// <summary>Largest relative error seen by <see cref="Close"/> in this test run (reported by the summary test).</summary>
    public static double MaxRelativeError { get; private set; }

    private static readonly Lock Gate = new();

    public static void Close(
        double expected,
        double actual,
        string what,
        double relative = 1e-6,
        double absolute = 1e-12
    )
    {
        if (double.IsPositiveInfinity(expected) || double.IsNaN(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected}, got {actual}");
            return;
        }
        double diff = Math.Abs(expected - actual);
        double rel = expected == 0 ? diff : diff / Math.Abs(expected);
        lock (Gate)
        {
            if (diff > absolute && rel > MaxRelativeError)
            {
                MaxRelativeError = rel;
            }
        }
        double tol = Math.Max(absolute, relative * Math.Abs(expected));
        Assert.True(
            diff <= tol,
            FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R} (relative error {rel:E2})")
        );
    }

    private static List<string[]> ReadQuoted(string file) =>
        [
            .. File.ReadLines(PathOf(file))
                .Skip(1)
                .Where(l => l.Length > 0)
                .Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray()),
        ];
}
