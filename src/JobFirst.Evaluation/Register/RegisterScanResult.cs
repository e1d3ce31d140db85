using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Register;

/// <summary>What a register scan read and linked (counts only; no person identifiers).</summary>
/// <param name="Layout">The register's layout (weeks, id column, grad months).</param>
/// <param name="RowsRead">Data rows read (excluding the header).</param>
/// <param name="MatchedPersons">Roster persons found in the register (each delivered once to the handler).</param>
/// <param name="RosterOnlyPersons">Roster persons absent from the register.</param>
/// <param name="RegisterOnlyRows">Rows whose person is not in the roster (skipped).</param>
/// <param name="DuplicateRows">Repeated rows of roster persons (an error unless <see cref="DuplicateRowPolicy.KeepFirst"/>).</param>
/// <param name="UnknownCodes">Codes not in the codebook with their cell counts (mapped to other under <see cref="UnknownCodePolicy.MapToOther"/>).</param>
/// <param name="UnknownCodePolicy">The policy the scan applied.</param>
public sealed record RegisterScanResult(
    RegisterLayout Layout,
    long RowsRead,
    int MatchedPersons,
    int RosterOnlyPersons,
    long RegisterOnlyRows,
    long DuplicateRows,
    IReadOnlyList<UnknownCodeCount> UnknownCodes,
    UnknownCodePolicy UnknownCodePolicy
)
{
    /// <summary>Total cells holding unknown codes.</summary>
    public long UnknownCodeCells => UnknownCodes.Sum(u => u.Cells);
}
