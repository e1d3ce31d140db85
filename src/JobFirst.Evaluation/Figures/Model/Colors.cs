namespace JobFirst.Evaluation.Figures.Model;

/// <summary>
/// The figure palette: Okabe–Ito colours (distinguishable with the common colour-vision deficiencies)
/// plus neutral greys for axes, grids and reference lines.
/// </summary>
public static class Colors
{
    /// <summary>Treatment (participant) arm: Okabe–Ito blue.</summary>
    public static Color Treatment { get; } = new(0x00, 0x72, 0xb2);

    /// <summary>Control arm: Okabe–Ito vermillion.</summary>
    public static Color Control { get; } = new(0xd5, 0x5e, 0x00);

    /// <summary>Effect estimates (difference between arms).</summary>
    public static Color Effect { get; } = new(0x22, 0x22, 0x22);

    /// <summary>Black, for text.</summary>
    public static Color Black { get; } = new(0x00, 0x00, 0x00);

    /// <summary>White, for the background.</summary>
    public static Color White { get; } = new(0xff, 0xff, 0xff);

    /// <summary>Dark grey for axis lines, tick labels and reference lines.</summary>
    public static Color DarkGray { get; } = new(0x44, 0x44, 0x44);

    /// <summary>Mid grey for secondary text (footnotes, thresholds).</summary>
    public static Color Gray { get; } = new(0x77, 0x77, 0x77);

    /// <summary>Light grey for grid lines.</summary>
    public static Color LightGray { get; } = new(0xe3, 0xe3, 0xe3);

    /// <summary>Categorical palette (Okabe–Ito order without black), for series beyond the two arms.</summary>
    public static IReadOnlyList<Color> Palette { get; } =
    [
        new(0x00, 0x72, 0xb2),
        new(0xd5, 0x5e, 0x00),
        new(0x00, 0x9e, 0x73),
        new(0xcc, 0x79, 0xa7),
        new(0x56, 0xb4, 0xe9),
        new(0xe6, 0x9f, 0x00),
        new(0xf0, 0xe4, 0x42),
    ];
}
