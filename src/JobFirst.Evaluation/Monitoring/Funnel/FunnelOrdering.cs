namespace JobFirst.Evaluation.Monitoring.Funnel;

/// <summary>What a screening row that reaches a stage without the earlier ones means.</summary>
public enum FunnelOrdering
{
    /// <summary>An error naming the file, line and column: a funnel is nested by definition (004:1436: each step is a share of the previous one).</summary>
    Strict,

    /// <summary>A stage counts only when all earlier stages are reached too; such rows are counted in <see cref="FunnelResult.InconsistentRows"/>.</summary>
    Cumulative,
}
