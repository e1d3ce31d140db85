using System.Globalization;
using JobFirst.Evaluation.Data;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Reads the R reference values written by Golden/Survival/generate_cox.R.</summary>
internal static class CoxGolden
{
    private static readonly Lazy<List<string[]>> CoefRows = new(() => ReadQuoted("cox_coef.csv"));
    private static readonly Lazy<List<string[]>> StatRows = new(() => ReadQuoted("cox_stats.csv"));
    private static readonly Lazy<List<string[]>> ZphRows = new(() => ReadQuoted("cox_zph.csv"));
    private static readonly Lazy<List<string[]>> ResidRows = new(() => ReadQuoted("cox_zph_resid.csv"));

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", "Survival", file);

    public static DataFrame Data(string name) => DataFrameReader.ReadCsv(PathOf($"cox_data_{name}.csv"));

    /// <summary>term → (estimate, std_error) in R's coefficient order; NA estimates are aliased columns.</summary>
    public static List<(string Term, double Estimate, double StdError)> Coefficients(string @case, string vcov) =>
        [.. CoefRows.Value.Where(r => r[0] == @case && r[1] == vcov).Select(r => (r[2], Parse(r[3]), Parse(r[4])))];

    public static double Stat(string @case, string name) =>
        Parse(StatRows.Value.Single(r => r[0] == @case && r[1] == name)[2]);

    public static bool HasStat(string @case, string name) => StatRows.Value.Any(r => r[0] == @case && r[1] == name);

    /// <summary>(term, chisq, df, p) rows of R's cox.zph table, GLOBAL last.</summary>
    public static List<(string Term, double ChiSquare, double Df, double P)> Zph(string @case, string transform) =>
        [
            .. ZphRows
                .Value.Where(r => r[0] == @case && r[1] == transform)
                .Select(r => (r[2], Parse(r[3]), Parse(r[4]), Parse(r[5]))),
        ];

    /// <summary>Scaled Schoenfeld residuals: (index, time, x, term, value).</summary>
    public static List<(int Index, double Time, double X, string Term, double Value)> ZphResiduals(
        string @case,
        string transform
    ) =>
        [
            .. ResidRows
                .Value.Where(r => r[0] == @case && r[1] == transform)
                .Select(r =>
                    (int.Parse(r[2], CultureInfo.InvariantCulture), Parse(r[3]), Parse(r[4]), r[5], Parse(r[6]))
                ),
        ];

    private static double Parse(string s) => s == "NA" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);

    private static List<string[]> ReadQuoted(string file) =>
        [
            .. File.ReadLines(PathOf(file))
                .Skip(1)
                .Where(l => l.Length > 0)
                .Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray()),
        ];

    public static void Close(
        double expected,
        double actual,
        string what,
        double relative = 1e-6,
        double absolute = 1e-9
    )
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), FormattableString.Invariant($"{what}: expected NA, got {actual:R}"));
            return;
        }
        double tol = Math.Max(absolute, relative * Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual) <= tol,
            FormattableString.Invariant(
                $"{what}: expected {expected:R}, got {actual:R} (diff {Math.Abs(expected - actual):R})"
            )
        );
    }
}
