using JobFirst.Evaluation.Estimators.Meta;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// <see cref="MetaRegression"/> against R <c>metafor::rma.uni</c> + <c>blup()</c> + <c>predict()</c> (Golden/StudyEffects/meta.R):
/// the BCG vaccine trials (log risk ratios, Colditz et al. 1994) without moderators, with absolute latitude, with latitude
/// and year, and a homogeneous set where τ² sits on the boundary 0; every method × test combination.
/// </summary>
public sealed class MetaRegressionGoldenTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (
            var (name, file, mods) in new[]
            {
                ("bcg", "meta_bcg.csv", ""),
                ("bcg_ablat", "meta_bcg.csv", "ablat"),
                ("bcg_ablat_year", "meta_bcg.csv", "ablat,year"),
                ("homog", "meta_homog.csv", ""),
            }
        )
        {
            foreach (var method in new[] { "FE", "DL", "REML" })
            {
                foreach (var test in new[] { "z", "knha" })
                {
                    data.Add($"{name}/{method}/{test}", file, mods, method);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_metafor(string @case, string file, string mods, string methodName)
    {
        var frame = StudyEffectsGolden.Data(file);
        var labels = frame["label"].Texts;
        var yi = frame["yi"].Numbers.ToArray();
        var vi = frame["vi"].Numbers.ToArray();
        var studies = labels.Select((l, i) => new MetaStudy(l!, yi[i], vi[i])).ToList();
        var moderators =
            mods.Length == 0
                ? []
                : mods.Split(',').Select(m => new MetaModerator(m, frame[m].Numbers.ToArray())).ToList();
        var method = methodName switch
        {
            "FE" => MetaMethod.FixedEffect,
            "DL" => MetaMethod.DerSimonianLaird,
            _ => MetaMethod.Reml,
        };
        var test = @case.EndsWith("/knha", StringComparison.Ordinal) ? MetaTest.KnappHartung : MetaTest.Z;
        var fit = MetaRegression.Fit(studies, moderators, method, test);

        foreach (var c in fit.Coefficients)
        {
            StudyEffectsGolden.Check(@case, $"coef:{c.Term}:estimate", c.Estimate);
            StudyEffectsGolden.Check(@case, $"coef:{c.Term}:std_error", c.StdError);
            StudyEffectsGolden.Check(@case, $"coef:{c.Term}:statistic", c.Statistic);
            StudyEffectsGolden.Check(@case, $"coef:{c.Term}:p_value", c.PValue, absolute: 1e-300);
            StudyEffectsGolden.Check(@case, $"coef:{c.Term}:conf_low", c.ConfLow);
            StudyEffectsGolden.Check(@case, $"coef:{c.Term}:conf_high", c.ConfHigh);
        }
        StudyEffectsGolden.Check(@case, "tau2", fit.Tau2, absolute: 1e-11);
        StudyEffectsGolden.Check(@case, "tau2_se", fit.Tau2StdError);
        StudyEffectsGolden.Check(@case, "i2", fit.I2Percent, absolute: 1e-8);
        StudyEffectsGolden.Check(@case, "h2", fit.H2);
        StudyEffectsGolden.Check(@case, "qe", fit.QE);
        StudyEffectsGolden.Check(@case, "qe_p", fit.QEPValue, absolute: 1e-300);
        StudyEffectsGolden.Check(@case, "qm", fit.QM);
        StudyEffectsGolden.Check(@case, "qm_p", fit.QMPValue, absolute: 1e-300);
        if (moderators.Count > 0)
        {
            StudyEffectsGolden.Check(@case, "r2", fit.R2Percent, absolute: 1e-8);
        }
        else if (method != MetaMethod.FixedEffect)
        {
            StudyEffectsGolden.Check(@case, "pi_low", fit.PredictionInterval.Low);
            StudyEffectsGolden.Check(@case, "pi_high", fit.PredictionInterval.High);
        }
        foreach (var b in fit.Blups)
        {
            StudyEffectsGolden.Check(@case, $"blup:{b.Label}:pred", b.Prediction);
            StudyEffectsGolden.Check(@case, $"blup:{b.Label}:se", b.PredictionStdError);
            StudyEffectsGolden.Check(@case, $"blup:{b.Label}:low", b.PredictionLow);
            StudyEffectsGolden.Check(@case, $"blup:{b.Label}:high", b.PredictionHigh);
        }
    }
}
