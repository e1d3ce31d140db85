using JobFirst.Evaluation.Regression.Design;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>Everything a result needs to recompute inference (variance, concordance SE, PH test) without refitting.</summary>
internal sealed class CoxFitState
{
    private double[]? _residuals;

    public required CoxDesign Design { get; init; }

    /// <summary>The fitting data on the estimable columns.</summary>
    public required CoxData Data { get; init; }

    /// <summary>Estimable design columns (indices into <see cref="CoxDesign.ColumnNames"/>).</summary>
    public required IReadOnlyList<int> Kept { get; init; }

    /// <summary>Formula terms re-indexed to the estimable columns (terms without one dropped), R's <c>fit$assign</c>.</summary>
    public required IReadOnlyList<DesignTerm> Terms { get; init; }

    public required CoxOptions Options { get; init; }

    /// <summary>Sweep holding η and exp(η) at β̂.</summary>
    public required RiskSetSweep Sweep { get; init; }

    public required double[] BetaScaled { get; init; }

    /// <summary>Score at β̂ (scaled coordinates), ≈ 0 at convergence.</summary>
    public required double[] ScoreScaled { get; init; }

    /// <summary>Model-based variance I(β̂)⁻¹ in scaled coordinates.</summary>
    public required double[] ModelVarianceScaled { get; init; }

    public required ConcordanceCalculator Concordance { get; init; }

    public int P => Data.P;

    /// <summary>Score residuals at β̂ (sorted order, scaled), computed on first use.</summary>
    public double[] Residuals => _residuals ??= ScoreResiduals.Compute(Data, Sweep, Options.Ties);

    /// <summary>β̂ on the original covariate scale.</summary>
    public double[] Beta() => [.. BetaScaled.Select((b, j) => b * Data.Scale[j])];

    /// <summary>A scaled-coordinate p×p matrix on the original scale (V_ij · s_i · s_j).</summary>
    public double[] Unscale(double[] m)
    {
        int p = P;
        var r = new double[p * p];
        for (int i = 0; i < p; i++)
        {
            for (int j = i; j < p; j++)
            {
                double v = m[i * p + j] * (Data.Scale[i] * Data.Scale[j]);
                r[i * p + j] = v;
                r[j * p + i] = v;
            }
        }
        return r;
    }
}
