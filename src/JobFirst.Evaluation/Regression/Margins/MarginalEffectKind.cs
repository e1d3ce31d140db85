namespace JobFirst.Evaluation.Regression.Margins;

/// <summary>How the average marginal effect of a variable is defined.</summary>
public enum MarginalEffectKind
{
    /// <summary>Average derivative mean(dμ/dx) = mean(μ(1−μ)·∂η/∂x), interactions included (Stata: <c>margins, dydx(x)</c> for a continuous x).</summary>
    Derivative,

    /// <summary>Average discrete change from the reference level (or 0) to each level (or 1) (Stata: <c>margins, dydx(i.x)</c> / <c>margins r.x</c>).</summary>
    DiscreteChange,
}
