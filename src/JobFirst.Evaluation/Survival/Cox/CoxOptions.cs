namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Fitting choices. The defaults are R's <c>coxph.control()</c>: Newton–Raphson from β = 0, stop when the
/// relative change of the log partial likelihood |1 − ℓ_old/ℓ_new| ≤ <see cref="Epsilon"/> (1e-9), at most
/// <see cref="MaxIterations"/> (20) iterations, step halving when ℓ decreases.
/// </summary>
/// <param name="Ties">Efron (default, as R) or Breslow (Stata's default).</param>
/// <param name="Variance">Variance estimator behind the coefficient table.</param>
/// <param name="ConfidenceLevel">Level of the Wald intervals.</param>
/// <param name="Epsilon">Convergence tolerance on the relative log-likelihood change (R: <c>eps</c>).</param>
/// <param name="MaxIterations">Iteration limit (R: <c>iter.max</c>).</param>
/// <param name="TimeFix">
/// Treat times that differ by less than √ε (absolutely or relative to their mean) as tied, as R's
/// <c>coxph.control(timefix = TRUE)</c> / <c>aeqSurv</c>.
/// </param>
public sealed record CoxOptions(
    CoxTies Ties = CoxTies.Efron,
    CoxVariance Variance = CoxVariance.Model,
    double ConfidenceLevel = 0.95,
    double Epsilon = 1e-9,
    int MaxIterations = 20,
    bool TimeFix = true
)
{
    /// <summary>Relative pivot tolerance for singular (aliased) columns in the information matrix (R: <c>toler.chol</c> = ε^0.75).</summary>
    public double CholeskyTolerance { get; init; } = Math.Pow(2.220446049250313e-16, 0.75);

    /// <summary>Threshold of the "coefficient may be infinite" check (R: <c>toler.inf</c> = √eps).</summary>
    public double InfiniteTolerance { get; init; } = Math.Sqrt(1e-9);
}
