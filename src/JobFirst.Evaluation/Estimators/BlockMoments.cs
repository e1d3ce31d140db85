namespace JobFirst.Evaluation.Estimators;

/// <summary>Sufficient statistics of one block: the treated and control arms' moments.</summary>
/// <param name="Treated">Moments of the treated units in the block.</param>
/// <param name="Control">Moments of the control units in the block.</param>
public readonly record struct BlockMoments(ArmMoments Treated, ArmMoments Control)
{
    /// <summary>Units in the block.</summary>
    public long Count => Treated.Count + Control.Count;

    /// <summary>Combines two partial passes over the same block.</summary>
    public static BlockMoments Merge(BlockMoments a, BlockMoments b) =>
        new(ArmMoments.Merge(a.Treated, b.Treated), ArmMoments.Merge(a.Control, b.Control));
}
