using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Codebook;

/// <summary>One codebook row: a benefit code or code range mapped to a category over a validity period.</summary>
/// <param name="CodeFrom">First code of the range (0..<see cref="Codebook.MaxCode"/>).</param>
/// <param name="CodeTo">Last code of the range, inclusive (equal to <paramref name="CodeFrom"/> for a single code).</param>
/// <param name="Category">The category the codes map to.</param>
/// <param name="Label">Free-text description.</param>
/// <param name="ValidFrom">First ISO week the mapping applies (inclusive), or null for open.</param>
/// <param name="ValidTo">Last ISO week the mapping applies (inclusive), or null for open.</param>
/// <param name="Line">Line in the codebook file (0 when built in memory).</param>
public sealed record CodebookEntry(
    int CodeFrom,
    int CodeTo,
    BenefitCategory Category,
    string Label,
    IsoWeek? ValidFrom,
    IsoWeek? ValidTo,
    long Line
);
