using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Cox proportional hazards regression on right-censored (time, event) or counting-process (start, stop, event)
/// data, matching R's <c>survival::coxph</c> (3.5-3) and, where stated, Stata's <c>stcox</c>.
/// <list type="bullet">
/// <item>Covariates from a one-sided formula via <see cref="DesignMatrixBuilder"/> (factors with treatment contrasts as if an
/// intercept were present, no intercept column); rows missing in any used column are dropped and counted.</item>
/// <item>Newton–Raphson on the log partial likelihood with <c>coxph.control()</c>'s rule (ε = 1e-9 on the relative change of ℓ,
/// 20 iterations, step halving), covariates centred and scaled internally; Efron (default) or Breslow ties; strata;
/// frequency weights.</item>
/// <item>Aliased columns (singular information at β = 0, pivot &lt; ε^0.75 × largest) are dropped and listed, like R's <c>NA</c>
/// coefficients; coefficients that run to ±∞ (monotone likelihood) are flagged with R's rule (|V·U| &gt; √ε·|β|).</item>
/// <item>Variance: <see cref="CoxVariance"/>; likelihood-ratio, Wald and score (log-rank) tests against β = 0; Harrell's C.</item>
/// </list>
/// </summary>
public static class CoxRegression
{
    /// <summary>Fits the model described by <paramref name="specification"/> to <paramref name="data"/>.</summary>
    /// <exception cref="InputException">Unknown or non-numeric columns, event not 0/1, stop ≤ start, weights ≤ 0, no events, or a cluster variance without a cluster column.</exception>
    public static CoxRegressionResult Fit(DataFrame data, CoxSpecification specification, CoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(specification);
        options ??= new CoxOptions();
        if (options.ConfidenceLevel is <= 0 or >= 1)
        {
            throw new InputException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"confidence level must lie in (0,1), not {options.ConfidenceLevel}"
                )
            );
        }
        if (options.Variance is CoxVariance.ClusterR or CoxVariance.ClusterStata && specification.Cluster is null)
        {
            throw new InputException("cluster-robust variance needs a cluster column (CLI: --vcov cluster:COLUMN)");
        }
        var design = CoxDataBuilder.Build(data, specification, options.TimeFix);
        var kept = Enumerable.Range(0, design.Data.P).ToList();
        var fitData = design.Data;
        var sweep = new RiskSetSweep(fitData);
        if (fitData.P > 0)
        {
            var u = new double[fitData.P];
            var imat = new double[fitData.P * fitData.P];
            var none = new NoVisitor();
            sweep.SetBeta(new double[fitData.P]);
            sweep.Run(options.Ties, u, imat, ref none);
            var solver = SymmetricSolver.Factor(imat, fitData.P, options.CholeskyTolerance);
            if (solver.Rank < fitData.P)
            {
                kept = [.. kept.Where(j => !solver.IsSingular(j))];
                fitData = design.Data.WithColumns(kept);
                sweep = new RiskSetSweep(fitData);
            }
        }
        var outcome = NewtonRaphson.Fit(fitData, sweep, options);
        if (outcome.Solver.Rank < fitData.P)
        {
            // Singular at the estimate (rare: a coefficient running off to infinity); R reports such columns as NA.
            var still = Enumerable.Range(0, fitData.P).Where(j => !outcome.Solver.IsSingular(j)).ToList();
            kept = [.. still.Select(j => kept[j])];
            fitData = design.Data.WithColumns(kept);
            sweep = new RiskSetSweep(fitData);
            outcome = NewtonRaphson.Fit(fitData, sweep, options);
        }
        // The last evaluation may have been at another β (step halving at the iteration limit); make η consistent.
        sweep.SetBeta(outcome.Beta);
        var state = new CoxFitState
        {
            Design = design,
            Data = fitData,
            Kept = kept,
            Terms = Reindex(design.Terms, kept),
            Options = options,
            Sweep = sweep,
            BetaScaled = outcome.Beta,
            ScoreScaled = outcome.Score,
            ModelVarianceScaled = outcome.Solver.Inverse(),
            Concordance = ConcordanceCalculator.Compute(fitData, sweep.Eta),
        };
        return CoxRegressionResult.Create(state, specification, outcome);
    }

    private static List<DesignTerm> Reindex(IReadOnlyList<DesignTerm> terms, List<int> kept)
    {
        var result = new List<DesignTerm>();
        foreach (var t in terms)
        {
            var cols = t.Columns.Select(c => kept.IndexOf(c)).Where(c => c >= 0).ToList();
            if (cols.Count > 0)
            {
                result.Add(new DesignTerm(t.Label, cols));
            }
        }
        return result;
    }
}
