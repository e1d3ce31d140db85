using System.Globalization;

namespace JobFirst.Evaluation.Estimators.Balance;

/// <summary>One covariate of a balance table with its per-person values (NaN / null = missing).</summary>
/// <param name="Name">Covariate name.</param>
/// <param name="Kind">Numeric or categorical.</param>
/// <param name="Numbers">Per-person values of a numeric covariate (NaN = missing).</param>
/// <param name="Texts">Per-person values of a categorical covariate (null = missing).</param>
public sealed record BalanceCovariate(
    string Name,
    CovariateKind Kind,
    IReadOnlyList<double>? Numbers,
    IReadOnlyList<string?>? Texts
)
{
    /// <summary>A numeric covariate.</summary>
    public static BalanceCovariate Numeric(string name, IReadOnlyList<double> values) =>
        new(name, CovariateKind.Numeric, values, null);

    /// <summary>A categorical covariate.</summary>
    public static BalanceCovariate Categorical(string name, IReadOnlyList<string?> values) =>
        new(name, CovariateKind.Categorical, null, values);

    /// <summary>
    /// A covariate from text values: numeric when every non-missing value parses as an invariant number (e.g.
    /// <c>birth_year</c>), categorical otherwise.
    /// </summary>
    public static BalanceCovariate FromText(string name, IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var numbers = new double[values.Count];
        bool numeric = values.Any(v => v is not null);
        for (int i = 0; i < values.Count && numeric; i++)
        {
            if (values[i] is null)
            {
                numbers[i] = double.NaN;
            }
            else if (
                !double.TryParse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i])
                || !double.IsFinite(numbers[i])
            )
            {
                numeric = false;
            }
        }
        return numeric ? Numeric(name, numbers) : Categorical(name, values);
    }

    /// <summary>Number of persons.</summary>
    public int Count => Numbers?.Count ?? Texts!.Count;

    /// <summary>True when person <paramref name="i"/>'s value is missing.</summary>
    public bool IsMissing(int i) => Kind == CovariateKind.Numeric ? double.IsNaN(Numbers![i]) : Texts![i] is null;
}
