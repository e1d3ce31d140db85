using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>What a fit keeps for re-deriving variances and margins (immutable after construction).</summary>
internal sealed class LogisticFitState
{
    public LogisticFitState(
        DesignMatrix design,
        LogisticData data,
        IReadOnlyList<int> kept,
        double[] beta,
        double[] eta,
        double[] bread
    )
    {
        Design = design;
        Data = data;
        Kept = kept;
        Beta = beta;
        Eta = eta;
        Bread = bread;
    }

    public DesignMatrix Design { get; }

    public LogisticData Data { get; }

    /// <summary>Design columns that were estimated (not aliased).</summary>
    public IReadOnlyList<int> Kept { get; }

    /// <summary>Estimates for the kept columns.</summary>
    public double[] Beta { get; }

    /// <summary>Final linear predictor per row.</summary>
    public double[] Eta { get; }

    /// <summary>(X'WX)⁻¹ at the estimate, k×k row-major.</summary>
    public double[] Bread { get; }
}
