using System.Globalization;

namespace JobFirst.Evaluation.Figures.Model;

/// <summary>An opaque sRGB colour; transparency is a separate fill opacity.</summary>
/// <param name="R">Red channel 0..255.</param>
/// <param name="G">Green channel 0..255.</param>
/// <param name="B">Blue channel 0..255.</param>
public readonly record struct Color(byte R, byte G, byte B)
{
    /// <summary>Lower-case <c>#rrggbb</c>, the form written to SVG.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>Parses <c>#rrggbb</c> (case-insensitive).</summary>
    /// <exception cref="FormatException">The text is not a six-digit hex colour.</exception>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var s = hex.StartsWith('#') ? hex[1..] : hex;
        if (s.Length != 6 || !int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v))
        {
            throw new FormatException("Colour must be #rrggbb.");
        }
        return new Color((byte)(v >> 16), (byte)((v >> 8) & 0xff), (byte)(v & 0xff));
    }
}
