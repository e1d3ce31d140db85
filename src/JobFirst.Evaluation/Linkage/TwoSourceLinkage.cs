namespace JobFirst.Evaluation.Linkage;

/// <summary>
/// Joins two registrations of the same persons on an id and tabulates the discrepancy, as in seed
/// 004 (DFDG vs Marselisborg Tools, Tabel 1): observations per source, valid observations,
/// matched, only in one source, and what was excluded and why. Equivalent to R's
/// <c>dplyr::full_join(a, b, by = "id")</c> followed by counting, or Stata's <c>merge 1:1 id</c>
/// and <c>tab _merge</c>, after dropping blank, excluded and repeated ids.
/// </summary>
public static class TwoSourceLinkage
{
    /// <summary>Links <paramref name="a"/> and <paramref name="b"/> on <see cref="LinkageRecord.Id"/> (trimmed, ordinal).</summary>
    public static TwoSourceLinkageResult Link(
        IReadOnlyList<LinkageRecord> a,
        IReadOnlyList<LinkageRecord> b,
        string nameA = "a",
        string nameB = "b"
    )
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameA);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameB);
        var excluded = new List<ExclusionCount>();
        var validA = ValidIds(a, nameA, excluded);
        var validB = ValidIds(b, nameB, excluded);
        var pairs = new List<MatchedPair>();
        foreach (var (id, indexA) in validA.OrderBy(p => p.Value))
        {
            if (validB.TryGetValue(id, out int indexB))
            {
                pairs.Add(new MatchedPair(indexA, indexB));
            }
        }
        return new TwoSourceLinkageResult(
            nameA,
            nameB,
            a.Count,
            b.Count,
            validA.Count,
            validB.Count,
            pairs.Count,
            validA.Count - pairs.Count,
            validB.Count - pairs.Count,
            excluded,
            pairs
        );
    }

    private static Dictionary<string, int> ValidIds(
        IReadOnlyList<LinkageRecord> records,
        string source,
        List<ExclusionCount> excluded
    )
    {
        var valid = new Dictionary<string, int>(StringComparer.Ordinal);
        var reasons = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
        {
            var r = records[i] ?? throw new ArgumentException("Null record.", nameof(records));
            string? reason;
            if (r.ExclusionReason is { Length: > 0 } given)
            {
                reason = given;
            }
            else if (string.IsNullOrWhiteSpace(r.Id))
            {
                reason = "blank id";
            }
            else if (!valid.TryAdd(r.Id.Trim(), i))
            {
                reason = "repeated id (first record kept)";
            }
            else
            {
                continue;
            }
            reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
        }
        excluded.AddRange(reasons.Select(p => new ExclusionCount(source, p.Key, p.Value)));
        return valid;
    }
}
