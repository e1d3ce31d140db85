using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>The variance-dependent part of a result: tidy rows, hazard ratios, Wald and robust score tests, concordance SE.</summary>
internal static class CoxInference
{
    internal sealed record Parts(
        IReadOnlyList<TidyTerm> Coefficients,
        IReadOnlyList<HazardRatio> HazardRatios,
        double[] Covariance,
        CoxChiSquareTest Wald,
        CoxChiSquareTest? RobustScore,
        CoxConcordance Concordance
    );

    public static Parts Compute(CoxFitState state, CoxVariance variance, double level)
    {
        int k = state.P;
        var cov = CoxVarianceCalculator.Compute(state, variance);
        var beta = state.Beta();
        var names = state.Kept.Select(j => state.Design.ColumnNames[j]).ToList();
        var tidy = new List<TidyTerm>(k);
        var hr = new List<HazardRatio>(k);
        for (int j = 0; j < k; j++)
        {
            var t = WaldInference.Compute(names[j], beta[j], Math.Sqrt(cov[j * k + j]), double.PositiveInfinity, level);
            tidy.Add(t);
            hr.Add(new HazardRatio(t.Term, Math.Exp(t.Estimate), Math.Exp(t.ConfLow), Math.Exp(t.ConfHigh)));
        }
        double wald = k > 0 ? SymmetricSolver.Factor(cov, k, state.Options.CholeskyTolerance).QuadraticForm(beta) : 0;
        CoxChiSquareTest? robustScore = null;
        bool clustered = variance is CoxVariance.ClusterR or CoxVariance.ClusterStata;
        if (variance != CoxVariance.Model && k > 0)
        {
            robustScore = CoxChiSquareTest.Create("robust_score", RobustScore(state, clustered), k);
        }
        var c = state.Concordance.Counts;
        var concordance = c with
        {
            StdError = state.Concordance.StdError(
                state.Data,
                clustered ? state.Data.Cluster : null,
                state.Data.ClusterCount
            ),
        };
        return new Parts(tidy, hr, cov, CoxChiSquareTest.Create("wald", wald, k), robustScore, concordance);
    }

    /// <summary>R's <c>fit$rscore</c>: score residuals at β = 0, weighted and summed per cluster (or row), S; test uᵀ(SᵀS)⁻u with u = Σ S.</summary>
    private static double RobustScore(CoxFitState state, bool clustered)
    {
        var data = state.Data;
        int k = state.P;
        var sweep = new RiskSetSweep(data);
        sweep.SetBeta(new double[k]);
        var residuals = ScoreResiduals.Compute(data, sweep, state.Options.Ties);
        int groups = clustered ? data.ClusterCount : data.N;
        var s = CoxVarianceCalculator.DfBeta(data, residuals, null, clustered ? data.Cluster : null, groups);
        var u = new double[k];
        for (int g = 0; g < groups; g++)
        {
            for (int j = 0; j < k; j++)
            {
                u[j] += s[g * k + j];
            }
        }
        var meat = CoxVarianceCalculator.CrossProduct(s, groups, k);
        return SymmetricSolver.Factor(meat, k, state.Options.CholeskyTolerance).QuadraticForm(u);
    }
}
