using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Survival.Cox;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Tie handling on a hand-made table, against a direct transcription of the two partial likelihoods.</summary>
public class CoxTiesTests
{
    // time, status, x: three events tied at t = 2 (one with x = 0), two at t = 4, one censoring tied with an event at 6.
    private static readonly double[] Time = [1, 2, 2, 2, 3, 4, 4, 5, 6, 6];
    private static readonly double[] Status = [1, 1, 1, 1, 0, 1, 1, 0, 1, 0];
    private static readonly double[] X = [0, 1, 0, 1, 1, 0, 1, 0, 1, 0];

    private static DataFrame Table() =>
        new([
            DataColumn.FromNumbers("time", Time),
            DataColumn.FromNumbers("status", Status),
            DataColumn.FromNumbers("x", X),
        ]);

    /// <summary>ℓ(β) written out term by term (Therneau &amp; Grambsch 2000, eqs. 3.7 and 3.8).</summary>
    private static double LogPartialLikelihood(double beta, CoxTies ties)
    {
        double ll = 0;
        foreach (var t in Time.Where((_, i) => Status[i] == 1).Distinct())
        {
            var deaths = Enumerable.Range(0, Time.Length).Where(i => Time[i] == t && Status[i] == 1).ToList();
            double riskSum = Enumerable.Range(0, Time.Length).Where(i => Time[i] >= t).Sum(i => Math.Exp(beta * X[i]));
            double deathSum = deaths.Sum(i => Math.Exp(beta * X[i]));
            int d = deaths.Count;
            ll += deaths.Sum(i => beta * X[i]);
            if (ties == CoxTies.Breslow)
            {
                ll -= d * Math.Log(riskSum);
            }
            else
            {
                for (int k = 0; k < d; k++)
                {
                    ll -= Math.Log(riskSum - (double)k / d * deathSum);
                }
            }
        }
        return ll;
    }

    [Theory]
    [InlineData(CoxTies.Efron)]
    [InlineData(CoxTies.Breslow)]
    public void Log_likelihood_and_score_follow_the_written_out_partial_likelihood(CoxTies ties)
    {
        string name = ties == CoxTies.Efron ? "ties_efron" : "ties_breslow";
        // The transcription itself reproduces R at β = 0.5 ...
        CoxGolden.Close(CoxGolden.Stat(name, "loglik_at_half"), LogPartialLikelihood(0.5, ties), "R at 0.5", 1e-12);
        var fit = CoxRegression.Fit(Table(), new CoxSpecification("~ x", "time", "status"), new CoxOptions(ties));
        double b = fit.Coefficients[0].Estimate;
        // ... and the fit lands on its maximum: same value, zero derivative, curvature = 1/variance.
        CoxGolden.Close(LogPartialLikelihood(0, ties), fit.LogLikelihoodNull, "loglik(0)", 1e-12);
        CoxGolden.Close(LogPartialLikelihood(b, ties), fit.LogLikelihood, "loglik(b)", 1e-12);
        const double h = 1e-4;
        double slope = (LogPartialLikelihood(b + h, ties) - LogPartialLikelihood(b - h, ties)) / (2 * h);
        Assert.True(Math.Abs(slope) < 1e-8, $"score {slope}");
        double curvature =
            -(LogPartialLikelihood(b + h, ties) - 2 * LogPartialLikelihood(b, ties) + LogPartialLikelihood(b - h, ties))
            / (h * h);
        CoxGolden.Close(1 / curvature, fit.Covariance[0], "variance", 1e-6);
        CoxGolden.Close(CoxGolden.Stat(name, "loglik"), fit.LogLikelihood, "R loglik", 1e-10);
    }

    [Fact]
    public void Efron_and_Breslow_differ_with_ties_and_agree_without()
    {
        var spec = new CoxSpecification("~ x", "time", "status");
        var efron = CoxRegression.Fit(Table(), spec, new CoxOptions(CoxTies.Efron));
        var breslow = CoxRegression.Fit(Table(), spec, new CoxOptions(CoxTies.Breslow));
        Assert.True(Math.Abs(efron.Coefficients[0].Estimate - breslow.Coefficients[0].Estimate) > 1e-3);
        var untied = new DataFrame([
            DataColumn.FromNumbers("time", [.. Time.Select((t, i) => t + i * 0.01)]),
            DataColumn.FromNumbers("status", Status),
            DataColumn.FromNumbers("x", X),
        ]);
        var e2 = CoxRegression.Fit(untied, spec, new CoxOptions(CoxTies.Efron));
        var b2 = CoxRegression.Fit(untied, spec, new CoxOptions(CoxTies.Breslow));
        Assert.Equal(e2.Coefficients[0].Estimate, b2.Coefficients[0].Estimate, 12);
        Assert.Equal(e2.LogLikelihood, b2.LogLikelihood, 12);
    }

    [Fact]
    public void Times_equal_up_to_rounding_noise_are_tied_as_R_timefix()
    {
        // 2 and 2 + 1e-12 are one time under coxph.control(timefix = TRUE).
        var noisy = new DataFrame([
            DataColumn.FromNumbers("time", [.. Time.Select((t, i) => t == 2 && i == 2 ? 2 + 1e-12 : t)]),
            DataColumn.FromNumbers("status", Status),
            DataColumn.FromNumbers("x", X),
        ]);
        var spec = new CoxSpecification("~ x", "time", "status");
        var clean = CoxRegression.Fit(Table(), spec);
        var fixedFit = CoxRegression.Fit(noisy, spec);
        var unfixed = CoxRegression.Fit(noisy, spec, new CoxOptions(TimeFix: false));
        Assert.Equal(clean.LogLikelihood, fixedFit.LogLikelihood, 12);
        Assert.NotEqual(clean.LogLikelihood, unfixed.LogLikelihood, 6);
    }

    [Fact]
    public void Concordance_counts_tied_times_and_tied_predictions_separately()
    {
        var fit = CoxRegression.Fit(Table(), new CoxSpecification("~ x", "time", "status"));
        // Hand count: events at t vs rows with time > t or censored at t; η ties on x.
        double conc = 0,
            disc = 0,
            tiedX = 0,
            tiedY = 0,
            tiedXY = 0;
        double b = fit.Coefficients[0].Estimate;
        for (int i = 0; i < Time.Length; i++)
        {
            if (Status[i] != 1)
            {
                continue;
            }
            for (int j = 0; j < Time.Length; j++)
            {
                if (j == i)
                {
                    continue;
                }
                bool atRisk = Time[j] > Time[i] || (Time[j] == Time[i] && Status[j] == 0);
                if (atRisk)
                {
                    double di = b * X[i],
                        dj = b * X[j];
                    if (di > dj)
                    {
                        conc++;
                    }
                    else if (di < dj)
                    {
                        disc++;
                    }
                    else
                    {
                        tiedX++;
                    }
                }
                else if (Time[j] == Time[i] && Status[j] == 1 && j > i)
                {
                    if (X[i] == X[j])
                    {
                        tiedXY++;
                    }
                    else
                    {
                        tiedY++;
                    }
                }
            }
        }
        var c = fit.Concordance;
        Assert.Equal([conc, disc, tiedX, tiedY, tiedXY], [c.Concordant, c.Discordant, c.TiedX, c.TiedY, c.TiedXY]);
        Assert.Equal((conc + tiedX / 2) / (conc + disc + tiedX), c.Estimate, 14);
    }
}
