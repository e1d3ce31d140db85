namespace JobFirst.Evaluation.Linkage;

/// <summary>The outcome of joining two registrations on an id (seed 004, Tabel 1 "Diskrepans i data").</summary>
/// <param name="NameA">Name of source A.</param>
/// <param name="NameB">Name of source B.</param>
/// <param name="ObservationsA">Records in A ("Antal observationer").</param>
/// <param name="ObservationsB">Records in B.</param>
/// <param name="ValidA">Records in A with a non-blank id, not excluded, not a repeat of an earlier id ("observationer med gyldige værdier").</param>
/// <param name="ValidB">Same for B.</param>
/// <param name="Matched">Ids valid in both sources (the intersection used for cross analyses).</param>
/// <param name="OnlyInA">Valid ids of A absent from B.</param>
/// <param name="OnlyInB">Valid ids of B absent from A (e.g. mistyped ids; the seed's "diskrepans").</param>
/// <param name="Excluded">Records left out per source and reason (blank id, repeated id, caller's reasons).</param>
/// <param name="Pairs">Positions of the matched records (first valid record per id), in A order; no ids.</param>
public sealed partial record TwoSourceLinkageResult(
    string NameA,
    string NameB,
    int ObservationsA,
    int ObservationsB,
    int ValidA,
    int ValidB,
    int Matched,
    int OnlyInA,
    int OnlyInB,
    IReadOnlyList<ExclusionCount> Excluded,
    IReadOnlyList<MatchedPair> Pairs
)
{
    /// <summary>The table as a <see cref="Reporting.Tables.ResultTable"/> (<c>source, measure, count</c>).</summary>
    public Reporting.Tables.ResultTable ToResultTable() =>
        Reporting.Tables.ResultTable.FromRecords(
            $"Linkage of {NameA} and {NameB}",
            ToRows(),
            new Dictionary<string, string>
            {
                ["valid"] = "records with a non-blank id, not excluded, not a repeat of an earlier id",
                ["matched"] = "valid ids in both sources (the intersection used for cross analyses)",
                ["discrepancy"] = FormattableString.Invariant(
                    $"only in {NameB}: {OnlyInB}; only in {NameA}: {OnlyInA}"
                ),
            }
        );

    /// <summary>The table as tidy rows <c>source, measure, count</c>.</summary>
    public IReadOnlyList<LinkageRow> ToRows()
    {
        var rows = new List<LinkageRow>
        {
            new(NameA, "observations", ObservationsA),
            new(NameB, "observations", ObservationsB),
            new(NameA, "valid", ValidA),
            new(NameB, "valid", ValidB),
            new("both", "matched", Matched),
            new(NameA, "only_in_" + NameA, OnlyInA),
            new(NameB, "only_in_" + NameB, OnlyInB),
        };
        rows.AddRange(Excluded.Select(e => new LinkageRow(e.Source, "excluded: " + e.Reason, e.Count)));
        return rows;
    }
}
