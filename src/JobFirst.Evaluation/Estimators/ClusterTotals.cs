namespace JobFirst.Evaluation.Estimators;

/// <summary>
/// Sufficient statistics of one cluster for a clustered difference in means: its block (0 when unblocked),
/// its arm (whole clusters are assigned) and the moments of its units' outcomes. The CR2 variance of the
/// treatment coefficient in y ~ 1 + t depends on the data only through these.
/// </summary>
/// <param name="Block">0-based block index (0 for an unblocked design).</param>
/// <param name="Treated">True when the cluster was assigned to treatment.</param>
/// <param name="Moments">Count, mean and M2 of the cluster's outcomes.</param>
public readonly record struct ClusterTotals(int Block, bool Treated, ArmMoments Moments);
