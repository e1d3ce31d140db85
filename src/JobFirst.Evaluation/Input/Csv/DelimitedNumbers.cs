using System.Globalization;

namespace JobFirst.Evaluation.Input.Csv;

/// <summary>
/// Culture-invariant number parsing for delimited files: the decimal mark is <c>.</c>; in
/// semicolon-delimited files (the Danish CSV convention) a decimal comma is accepted too.
/// No thousands separators, currency symbols or grouping are accepted.
/// </summary>
public static class DelimitedNumbers
{
    /// <summary>
    /// Parses a floating-point number (surrounding white space allowed, exponent allowed).
    /// When <paramref name="delimiter"/> is <c>;</c>, a single <c>,</c> is read as the decimal mark.
    /// Note that <c>NaN</c> and <c>Infinity</c> parse; callers check <see cref="double.IsFinite"/>.
    /// </summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, char delimiter, out double value)
    {
        text = text.Trim();
        if (text.IsEmpty || text.Length > 64)
        {
            value = 0;
            return false;
        }
        if (delimiter == ';' && text.Contains(','))
        {
            Span<char> copy = stackalloc char[text.Length];
            text.CopyTo(copy);
            copy.Replace(',', '.');
            return double.TryParse(copy, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
