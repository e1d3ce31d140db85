using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Roster;

/// <summary>
/// The trial roster: one row per randomised person, indexed 0..<see cref="Count"/>−1. Every other
/// source (register, hours) is linked to it by person id through <see cref="TryGetIndex"/>, whose
/// lookups from a <see cref="ReadOnlySpan{T}"/> allocate nothing.
/// </summary>
public sealed class Roster
{
    private readonly RosterPerson[] _persons;
    private readonly PersonIdIndex _byId;

    /// <summary>Creates a roster from persons whose <see cref="RosterPerson.Index"/> equals their position.</summary>
    /// <param name="persons">The persons, in index order.</param>
    /// <param name="covariateNames">Names of the covariate columns, aligned with <see cref="RosterPerson.Covariates"/>.</param>
    /// <param name="sourceFile">The file the roster came from (for error messages), or null.</param>
    /// <param name="design">Trial roster (both arms) or participants only (no control group).</param>
    /// <exception cref="InputException">The same person id occurs twice (names both lines, never the id).</exception>
    public Roster(
        IEnumerable<RosterPerson> persons,
        IReadOnlyList<string> covariateNames,
        string? sourceFile = null,
        RosterDesign design = RosterDesign.RandomisedTrial
    )
        : this(persons, covariateNames, sourceFile, idColumn: 0, visitationColumn: 0, design, byId: null) { }

    internal Roster(
        IEnumerable<RosterPerson> persons,
        IReadOnlyList<string> covariateNames,
        string? sourceFile,
        int idColumn,
        int visitationColumn,
        RosterDesign design,
        PersonIdIndex? byId
    )
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(covariateNames);
        _persons = [.. persons];
        CovariateNames = [.. covariateNames];
        SourceFile = sourceFile;
        VisitationColumn = visitationColumn;
        Design = design;
        // A reader that already mapped every id to its index (and rejected repeats) hands its index over.
        bool prebuilt = byId is not null && byId.Count == _persons.Length;
        _byId = prebuilt ? byId! : new PersonIdIndex(_persons.Length);
        for (int i = 0; i < _persons.Length; i++)
        {
            var p = _persons[i] ?? throw new ArgumentException("Null person.", nameof(persons));
            if (p.Index != i)
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"Person at position {i} has Index {p.Index}."),
                    nameof(persons)
                );
            }
            if (p.Covariates.Count != CovariateNames.Count)
            {
                throw new ArgumentException(
                    FormattableString.Invariant(
                        $"Person at position {i} has {p.Covariates.Count} covariates, expected {CovariateNames.Count}."
                    ),
                    nameof(persons)
                );
            }
            if (!prebuilt && !_byId.TryAdd(p.PersonId, out int firstIndex))
            {
                var first = _persons[firstIndex];
                throw new InputException(
                    FormattableString.Invariant(
                        $"the same person appears twice in the roster (lines {first.Line} and {p.Line})"
                    ),
                    sourceFile,
                    p.Line,
                    idColumn
                );
            }
        }
    }

    /// <summary>The persons, in roster order (index = position).</summary>
    public IReadOnlyList<RosterPerson> Persons => _persons;

    /// <summary>Names of the covariate columns (the roster columns after the five fixed ones).</summary>
    public IReadOnlyList<string> CovariateNames { get; }

    /// <summary>The file the roster was read from, or null when built in memory.</summary>
    public string? SourceFile { get; }

    /// <summary>Trial roster or participants only (no control group; every person is <see cref="Arm.Treatment"/>).</summary>
    public RosterDesign Design { get; }

    /// <summary>Number of persons.</summary>
    public int Count => _persons.Length;

    /// <summary>1-based column of <c>visitation_date</c> in <see cref="SourceFile"/> (0 when unknown).</summary>
    internal int VisitationColumn { get; }

    /// <summary>Finds the roster index of person <paramref name="id"/> (exact, ordinal match); allocation-free.</summary>
    public bool TryGetIndex(ReadOnlySpan<char> id, out int index)
    {
        index = _byId.IndexOf(id);
        return index >= 0;
    }

    /// <summary>
    /// Finds the roster index of the person whose id is the ASCII bytes <paramref name="id"/> (exact, as
    /// <see cref="TryGetIndex"/> of the same characters): the index, −1 when absent, or
    /// <see cref="PersonIdIndex.NotAscii"/> when <paramref name="id"/> has a byte ≥ 0x80 or is longer than
    /// <see cref="PersonIdIndex.MaxAsciiLength"/> (decode it and use <see cref="TryGetIndex"/>). Spares the
    /// register's row loop the widening of every id to characters.
    /// </summary>
    internal int IndexOfAscii(ReadOnlySpan<byte> id) => _byId.IndexOfAscii(id);

    /// <summary>A hint that the ASCII id <paramref name="id"/> will be looked up soon (see <see cref="PersonIdIndex.Prefetch"/>).</summary>
    internal void PrefetchAscii(ReadOnlySpan<byte> id) => _byId.Prefetch(id);

    /// <summary>
    /// Checks that every visitation week lies inside the register extract [<paramref name="first"/>,
    /// <paramref name="last"/>]; a person randomised outside it cannot be followed.
    /// </summary>
    /// <exception cref="InputException">At the roster line (and visitation column) of the first offending person.</exception>
    public void ValidateAgainstExtract(IsoWeek first, IsoWeek last)
    {
        foreach (var p in _persons)
        {
            if (p.VisitationWeek < first || p.VisitationWeek > last)
            {
                throw new InputException(
                    $"visitation week {p.VisitationWeek} lies outside the register extract ({first}..{last})",
                    SourceFile,
                    p.Line,
                    VisitationColumn
                );
            }
        }
    }
}
