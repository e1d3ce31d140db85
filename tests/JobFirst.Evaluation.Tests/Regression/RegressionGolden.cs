using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Tests.Regression;

/// <summary>Reads the R reference values written by Golden/Regression/generate.R.</summary>
internal static class RegressionGolden
{
    private static readonly Lazy<List<string[]>> Rows = new(() => ReadQuoted("golden.csv"));
    private static readonly Lazy<List<string[]>> Stats = new(() => ReadQuoted("stats.csv"));

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", "Regression", file);

    public static DataFrame Data(string file) => DataFrameReader.ReadCsv(PathOf(file));

    /// <summary>term → (estimate, std_error) for one case, variance and section.</summary>
    public static Dictionary<string, (double Estimate, double StdError)> Table(
        string @case,
        string vcov,
        string section
    ) =>
        Rows
            .Value.Where(r => r[0] == @case && r[1] == vcov && r[2] == section)
            .ToDictionary(r => r[3], r => (Parse(r[4]), Parse(r[5])));

    public static double Stat(string @case, string name) =>
        Parse(Stats.Value.Single(r => r[0] == @case && r[1] == name)[2]);

    private static double Parse(string s) => s == "NA" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);

    private static List<string[]> ReadQuoted(string file) =>
        [.. File.ReadLines(PathOf(file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Trim('"').Split("\",\""))];

    public static void Close(
        double expected,
        double actual,
        string what,
        double relative = 1e-6,
        double absolute = 1e-9
    )
    {
        double tol = Math.Max(absolute, relative * Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual) <= tol,
            FormattableString.Invariant(
                $"{what}: expected {expected:R}, got {actual:R} (diff {Math.Abs(expected - actual):R})"
            )
        );
    }

    /// <summary>Every R row must match a tidy row of the same name (estimate and SE), and no extra rows.</summary>
    public static void AssertTable(
        Dictionary<string, (double Estimate, double StdError)> expected,
        IReadOnlyList<TidyTerm> actual,
        string label
    )
    {
        Assert.True(expected.Count > 0, $"{label}: no golden rows");
        var names = expected.Where(e => !double.IsNaN(e.Value.Estimate)).Select(e => e.Key).ToList();
        Assert.Equal(names, actual.Select(a => a.Term).ToList());
        foreach (var a in actual)
        {
            var (est, se) = expected[a.Term];
            Close(est, a.Estimate, $"{label} {a.Term} estimate");
            Close(se, a.StdError, $"{label} {a.Term} std_error");
        }
    }
}
