namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>
/// Deterministic text width estimate for layout (no font files are read): per-character advance widths
/// close to Helvetica/Arial/DejaVu Sans proportions, slightly generous so labels are not clipped.
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
                ' ' or 'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'I' or 'f' or 't' or 'r' => 0.32,
                'm' or 'w' or 'M' or 'W' or '%' or '@' or 'æ' or 'Æ' => 0.9,
                >= 'A' and <= 'Z' or 'Ø' or 'Å' => 0.7,
                >= '0' and <= '9' => 0.6,
                '\u2212' or '–' or '−' => 0.6,
                _ => 0.56,
            };
        }
        return em * size * (weight == FontWeight.Bold ? 1.08 : 1.0);
    }

    /// <summary>Greedy word wrap so each line's estimated width stays within <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string> Wrap(string text, double size, double maxWidth, FontWeight weight = FontWeight.Normal)
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
