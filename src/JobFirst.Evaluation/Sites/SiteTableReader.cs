using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Sites;

/// <summary>
/// Reads the site table CSV: a <c>site</c> column and any number of numeric trait columns (see
/// <c>data-schema/README.md</c>). Strict: every problem is an <see cref="InputException"/> naming file, line and column.
/// </summary>
public static class SiteTableReader
{
    /// <summary>Reads and validates the site table at <paramref name="path"/>.</summary>
    /// <remarks>
    /// <c>site</c> is required, non-empty and unique (a repeat names both lines); trait cells are numbers (<c>.</c> decimal
    /// mark, or <c>,</c> in semicolon files) or empty for missing; non-finite numbers are errors. At least one trait column.
    /// </remarks>
    public static SiteTable Read(string path)
    {
        using var reader = DelimitedReader.Open(path);
        var header = reader.Header;
        int siteCol = -1;
        var traitCols = new List<int>();
        var traitNames = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int c = 0; c < header.Count; c++)
        {
            string name = header[c];
            if (name.Length == 0)
            {
                throw new InputException("a site-table column has an empty name", path, 1, c + 1);
            }
            if (!seen.TryAdd(name, c))
            {
                throw new InputException(
                    FormattableString.Invariant(
                        $"column '{name}' appears twice in the header (columns {seen[name] + 1} and {c + 1})"
                    ),
                    path,
                    1,
                    c + 1
                );
            }
            if (string.Equals(name, "site", StringComparison.OrdinalIgnoreCase))
            {
                siteCol = c;
            }
            else
            {
                traitCols.Add(c);
                traitNames.Add(name);
            }
        }
        if (siteCol < 0)
        {
            throw new InputException("the site table has no 'site' column", path, 1, 0);
        }
        if (traitCols.Count == 0)
        {
            throw new InputException("the site table has no trait columns (expected site, trait...)", path, 1, 0);
        }
        var sites = new List<string>();
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var values = traitCols.Select(_ => new List<double>()).ToArray();
        while (reader.ReadRecord())
        {
            string site = reader[siteCol].Trim().ToString();
            if (site.Length == 0)
            {
                throw reader.Error("empty site name", siteCol + 1);
            }
            if (!firstLine.TryAdd(site, reader.Line))
            {
                throw reader.Error(
                    FormattableString.Invariant(
                        $"site '{site}' appears twice in the site table (lines {firstLine[site]} and {reader.Line})"
                    ),
                    siteCol + 1
                );
            }
            sites.Add(site);
            for (int t = 0; t < traitCols.Count; t++)
            {
                var cell = reader[traitCols[t]].Trim();
                if (cell.IsEmpty)
                {
                    values[t].Add(double.NaN);
                    continue;
                }
                if (!DelimitedNumbers.TryParseDouble(cell, reader.Delimiter, out double v) || !double.IsFinite(v))
                {
                    throw reader.Error(
                        $"trait '{traitNames[t]}' must be a finite number or empty, not '{Shorten(cell)}'",
                        traitCols[t] + 1
                    );
                }
                values[t].Add(v);
            }
        }
        if (sites.Count == 0)
        {
            throw new InputException("the site table has a header but no sites", path, 2, 0);
        }
        return new SiteTable(sites, traitNames, values, path);
    }

    private static string Shorten(ReadOnlySpan<char> cell) => cell.Length <= 24 ? cell.ToString() : $"{cell[..24]}…";
}
