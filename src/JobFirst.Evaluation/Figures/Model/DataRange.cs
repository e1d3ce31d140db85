namespace JobFirst.Evaluation.Figures.Model;

/// <summary>A closed interval of data values on one axis; empty when nothing finite was seen.</summary>
/// <param name="Min">Smallest value (NaN when empty).</param>
/// <param name="Max">Largest value (NaN when empty).</param>
public readonly record struct DataRange(double Min, double Max)
{
    /// <summary>The empty range (no finite data).</summary>
    public static DataRange Empty { get; } = new(double.NaN, double.NaN);

    /// <summary>True when no finite value has been included.</summary>
    public bool IsEmpty => double.IsNaN(Min) || double.IsNaN(Max);

    /// <summary>Max − Min (0 when empty).</summary>
    public double Span => IsEmpty ? 0 : Max - Min;

    /// <summary>This range widened to include <paramref name="value"/>; non-finite values are ignored.</summary>
    public DataRange Include(double value)
    {
        if (!double.IsFinite(value))
        {
            return this;
        }
        return IsEmpty ? new DataRange(value, value) : new DataRange(Math.Min(Min, value), Math.Max(Max, value));
    }

    /// <summary>The smallest range covering both.</summary>
    public DataRange Union(DataRange other) => other.IsEmpty ? this : Include(other.Min).Include(other.Max);

    /// <summary>The range covering every finite value.</summary>
    public static DataRange Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var r = Empty;
        foreach (var v in values)
        {
            r = r.Include(v);
        }
        return r;
    }
}
