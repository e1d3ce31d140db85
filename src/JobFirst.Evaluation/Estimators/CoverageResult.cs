using System.Globalization;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators;

/// <summary>Outcome of a coverage simulation: how often the interval covered the true effect, and the estimator's bias and SE calibration.</summary>
/// <param name="Options">The settings that produced it.</param>
/// <param name="Replications">Trials simulated.</param>
/// <param name="Covered">Trials whose interval contained the true effect.</param>
/// <param name="Coverage">Covered / Replications.</param>
/// <param name="MonteCarloError">√(c(1 − c)/R), the simulation standard error of <paramref name="Coverage"/>.</param>
/// <param name="MeanEstimate">Mean of the estimates.</param>
/// <param name="Bias">MeanEstimate − true effect.</param>
/// <param name="MeanStdError">Mean of the estimated SEs.</param>
/// <param name="EmpiricalSd">SD of the estimates across trials (the SE's target).</param>
/// <param name="Design">The design label of the estimator used.</param>
public sealed partial record CoverageResult(
    CoverageOptions Options,
    int Replications,
    int Covered,
    double Coverage,
    double MonteCarloError,
    double MeanEstimate,
    double Bias,
    double MeanStdError,
    double EmpiricalSd,
    DimDesignLabel Design
)
{
    /// <summary>One-row table with the settings in the metadata.</summary>
    public ResultTable ToResultTable()
    {
        var o = Options;
        string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        return new ResultTable(
            "confidence interval coverage",
            [
                "design",
                "replications",
                "covered",
                "coverage",
                "mc_error",
                "nominal",
                "mean_estimate",
                "bias",
                "mean_std_error",
                "empirical_sd",
            ],
            [
                [
                    Design.ToEstimatrLabel(),
                    Replications,
                    Covered,
                    Coverage,
                    MonteCarloError,
                    o.Level,
                    MeanEstimate,
                    Bias,
                    MeanStdError,
                    EmpiricalSd,
                ],
            ],
            new Dictionary<string, string>
            {
                ["seed"] = o.Seed.ToString(CultureInfo.InvariantCulture),
                ["outcome"] = o.Outcome.ToString(),
                ["effect"] = F(o.Effect),
                ["n_treated"] = o.NTreated.ToString(CultureInfo.InvariantCulture),
                ["n_control"] = o.NControl.ToString(CultureInfo.InvariantCulture),
                ["interval"] = o.Interval.ToString(),
                ["se"] = o.StandardError?.ToString() ?? "design default",
            }
        );
    }
}
