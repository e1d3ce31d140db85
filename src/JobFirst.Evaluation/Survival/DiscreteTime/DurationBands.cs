using System.Globalization;

namespace JobFirst.Evaluation.Survival.DiscreteTime;

/// <summary>
/// Piecewise-constant duration bands for a discrete-time hazard: band i covers durations
/// [lower_i, lower_{i+1} − 1], the last band [lower_last, ∞). Labels are zero-padded (<c>01-01</c>,
/// <c>05-08</c>, <c>53+</c>) so that ordinal order is duration order and the first band is the reference
/// level of the <c>duration_band</c> factor.
/// </summary>
public sealed class DurationBands
{
    private readonly int[] _lower;
    private readonly string[] _labels;

    /// <summary>Creates bands from their increasing lower bounds; the first must be 1.</summary>
    public DurationBands(IReadOnlyList<int> lowerBounds)
    {
        ArgumentNullException.ThrowIfNull(lowerBounds);
        if (lowerBounds.Count == 0 || lowerBounds[0] != 1)
        {
            throw new ArgumentException("The first band must start at duration 1.", nameof(lowerBounds));
        }
        for (int i = 1; i < lowerBounds.Count; i++)
        {
            if (lowerBounds[i] <= lowerBounds[i - 1])
            {
                throw new ArgumentException("Band lower bounds must increase.", nameof(lowerBounds));
            }
        }
        _lower = [.. lowerBounds];
        int width = _lower[^1].ToString(CultureInfo.InvariantCulture).Length;
        string Pad(int v) => v.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        _labels = new string[_lower.Length];
        for (int i = 0; i < _lower.Length; i++)
        {
            _labels[i] = i + 1 < _lower.Length ? $"{Pad(_lower[i])}-{Pad(_lower[i + 1] - 1)}" : $"{Pad(_lower[i])}+";
        }
    }

    /// <summary>Weekly default: 1, 2, 3, 4, 5–8, 9–13, 14–26, 27–52, 53+ weeks.</summary>
    public static DurationBands Weekly { get; } = new([1, 2, 3, 4, 5, 9, 14, 27, 53]);

    /// <summary>Lower bounds of the bands.</summary>
    public IReadOnlyList<int> LowerBounds => _lower;

    /// <summary>Band labels, in band order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The label of the band holding <paramref name="duration"/> (≥ 1).</summary>
    public string LabelOf(int duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, 1);
        int i = Array.BinarySearch(_lower, duration);
        return _labels[i >= 0 ? i : ~i - 1];
    }

    /// <summary>Parses a comma-separated list of lower bounds, e.g. <c>1,2,3,4,5,9,14,27,53</c>.</summary>
    public static DurationBands Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<int>();
        foreach (var p in parts)
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int v))
            {
                throw new Errors.InputException($"duration bands must be whole numbers, not '{p}'");
            }
            values.Add(v);
        }
        try
        {
            return new DurationBands(values);
        }
        catch (ArgumentException ex)
        {
            throw new Errors.InputException($"duration bands '{text}': {ex.Message}");
        }
    }
}
