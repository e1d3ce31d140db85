namespace JobFirst.Evaluation.Sites;

/// <summary>
/// The site (jobcentre/municipality) table: one row per site with numeric traits such as caseload or the
/// control group's success rate (format in <c>data-schema/README.md</c>, section "Sites"). Used as moderators of
/// site-effect meta-regressions (seed 001:119-126). Immutable.
/// </summary>
public sealed class SiteTable
{
    private readonly Dictionary<string, int> _rowBySite;
    private readonly double[][] _values;

    /// <summary>Creates a table; <paramref name="values"/>[trait][row], NaN = missing.</summary>
    public SiteTable(
        IReadOnlyList<string> sites,
        IReadOnlyList<string> traitNames,
        IReadOnlyList<IReadOnlyList<double>> values,
        string? sourceFile = null
    )
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(traitNames);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != traitNames.Count || values.Any(v => v.Count != sites.Count))
        {
            throw new ArgumentException("values must hold one list per trait with one value per site.", nameof(values));
        }
        Sites = [.. sites];
        TraitNames = [.. traitNames];
        SourceFile = sourceFile;
        _values = [.. values.Select(v => v.ToArray())];
        _rowBySite = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Sites.Count; i++)
        {
            if (!_rowBySite.TryAdd(Sites[i], i))
            {
                throw new ArgumentException($"Site '{Sites[i]}' appears twice.", nameof(sites));
            }
        }
    }

    /// <summary>Site names in file order.</summary>
    public IReadOnlyList<string> Sites { get; }

    /// <summary>Trait column names in file order.</summary>
    public IReadOnlyList<string> TraitNames { get; }

    /// <summary>The file the table was read from, or null.</summary>
    public string? SourceFile { get; }

    /// <summary>True when the table has a trait of this name (case-insensitive).</summary>
    public bool HasTrait(string trait) => IndexOfTrait(trait) >= 0;

    /// <summary>
    /// The trait's value at <paramref name="site"/>: NaN when the cell is empty or the site is not in the table.
    /// </summary>
    /// <exception cref="Errors.InputException">No such trait column.</exception>
    public double Value(string site, string trait)
    {
        int t = IndexOfTrait(trait);
        if (t < 0)
        {
            throw new Errors.InputException(
                $"the site table has no trait '{trait}' (traits: {string.Join(", ", TraitNames)})",
                SourceFile,
                1
            );
        }
        return _rowBySite.TryGetValue(site, out int row) ? _values[t][row] : double.NaN;
    }

    /// <summary>True when the site has a row.</summary>
    public bool Contains(string site) => _rowBySite.ContainsKey(site);

    private int IndexOfTrait(string trait)
    {
        for (int i = 0; i < TraitNames.Count; i++)
        {
            if (string.Equals(TraitNames[i], trait, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
