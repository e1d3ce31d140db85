namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>
/// Deterministic text width estimate for layout (no font files are read): per-character advance widths
/// of DejaVu Sans (librsvg's usual sans-serif, wider than Helvetica/Arial), so labels are not clipped in any renderer.
/// </summary>
internal static class TextMeasure
{
    public static double Width(string text, double size, FontWeight weight = FontWeight.Normal)
    {
        double em = 0;
        foreach (char c in text)
        {
            em += c switch
            {
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'I' => 0.3,
                ' ' => 0.32,
                'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' => 0.42,
                'm' => 0.98,
                'w' or '&' or 'æ' => 0.82,
                'M' or 'W' or '%' or '@' or 'Æ' => 0.95,
                '\u2212' or '<' or '>' or '=' or '+' => 0.84,
                >= '0' and <= '9' => 0.64,
                >= 'A' and <= 'Z' or 'Ø' or 'Å' => 0.74,
                _ => 0.62,
            };
        }
        return em * size * (weight == FontWeight.Bold ? 1.12 : 1.0);
    }

    /// <summary>Greedy word wrap so each line's estimated width stays within <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string> Wrap(
        string text,
        double size,
        double maxWidth,
        FontWeight weight = FontWeight.Normal
    )
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, size, weight) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        return lines;
    }
}
