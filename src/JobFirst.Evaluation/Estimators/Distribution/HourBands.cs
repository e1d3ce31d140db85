using System.Globalization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Estimators.Distribution;

/// <summary>
/// Bands of positive weekly hours for the hours distribution (seed 000:351-353, Fig 7): cut points c₁ &lt; … &lt; c_m give
/// the bands (0, c₁), [c₁, c₂), …, [c_m, ∞), labelled <c>0-c₁</c>, <c>c₁-c₂</c>, …, <c>c_m+</c>. A week with exactly 5 hours
/// is in <c>5-10</c>; 37 hours (full time) is in <c>37+</c>.
/// </summary>
public sealed record HourBands
{
    private HourBands(IReadOnlyList<double> cuts)
    {
        Cuts = cuts;
        Labels =
        [
            .. Enumerable.Range(0, cuts.Count).Select(i => $"{Format(i == 0 ? 0 : cuts[i - 1])}-{Format(cuts[i])}"),
            $"{Format(cuts[^1])}+",
        ];
    }

    /// <summary>The report's bands 0-5, 5-10, 10-15, 15-20, 20-30, 30-37, 37+.</summary>
    public static HourBands Standard { get; } = new([5, 10, 15, 20, 30, 37]);

    /// <summary>Upper cut points (ascending, &gt; 0).</summary>
    public IReadOnlyList<double> Cuts { get; }

    /// <summary>Band labels, one more than <see cref="Cuts"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of bands.</summary>
    public int Count => Labels.Count;

    /// <summary>Bands from explicit cut points.</summary>
    /// <exception cref="InputException">Cuts empty, not positive, not finite or not strictly increasing.</exception>
    public static HourBands FromCuts(IReadOnlyList<double> cuts)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        if (cuts.Count == 0 || cuts.Any(c => !double.IsFinite(c) || c <= 0))
        {
            throw new InputException("hour band cut points must be positive finite numbers");
        }
        for (int i = 1; i < cuts.Count; i++)
        {
            if (cuts[i] <= cuts[i - 1])
            {
                throw new InputException("hour band cut points must be strictly increasing");
            }
        }
        return new HourBands([.. cuts]);
    }

    /// <summary>Parses comma-separated cut points, e.g. <c>5,10,15,20,30,37</c>.</summary>
    public static HourBands Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cuts = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double c))
            {
                throw new InputException(
                    $"--bands must be comma-separated cut points such as 5,10,15,20,30,37, not '{text}'"
                );
            }
            cuts.Add(c);
        }
        return FromCuts(cuts);
    }

    /// <summary>The band of <paramref name="hours"/> &gt; 0.</summary>
    public int BandOf(double hours)
    {
        for (int i = 0; i < Cuts.Count; i++)
        {
            if (hours < Cuts[i])
            {
                return i;
            }
        }
        return Cuts.Count;
    }

    private static string Format(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
