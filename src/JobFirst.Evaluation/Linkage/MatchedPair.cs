namespace JobFirst.Evaluation.Linkage;

/// <summary>Positions of one linked person in source A and source B.</summary>
/// <param name="IndexA">0-based position in source A's records.</param>
/// <param name="IndexB">0-based position in source B's records.</param>
public readonly record struct MatchedPair(int IndexA, int IndexB);
