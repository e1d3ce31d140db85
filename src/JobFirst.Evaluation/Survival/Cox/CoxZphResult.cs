using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Proportional-hazards test of R's <c>cox.zph</c> (survival ≥ 3.0): for each term, the score test of adding
/// x·g(t) to the model at the fitted β (the full 2p×2p information, not the older Grambsch–Therneau approximation
/// of survival &lt; 3.0), and a global test of all terms; plus the scaled Schoenfeld residuals
/// r*ᵢ = d·V·rᵢ + β̂ (per stratum, with R's <c>used</c>-weighted variance) for plotting β(t).
/// </summary>
/// <param name="Transform">Time scale g(t).</param>
/// <param name="Tests">Per formula term (a multi-column factor is one term with its number of columns as df).</param>
/// <param name="Global">Test of all terms together (R's <c>GLOBAL</c> row).</param>
/// <param name="Terms">Term labels, the columns of <see cref="ScaledResiduals"/>.</param>
/// <param name="Times">Event times in stratum, then time order (R: <c>zph$time</c>).</param>
/// <param name="TransformedTimes">g(t) at those events (R: <c>zph$x</c>).</param>
/// <param name="Strata">0-based stratum of each event.</param>
/// <param name="ScaledResiduals">Per event, per term (R: <c>zph$y</c>); NaN where R has NA (covariate constant in the stratum).</param>
public sealed partial record CoxZphResult(
    CoxZphTransform Transform,
    IReadOnlyList<CoxChiSquareTest> Tests,
    CoxChiSquareTest? Global,
    IReadOnlyList<string> Terms,
    IReadOnlyList<double> Times,
    IReadOnlyList<double> TransformedTimes,
    IReadOnlyList<int> Strata,
    IReadOnlyList<IReadOnlyList<double>> ScaledResiduals
)
{
    /// <summary>R's name of the transform: <c>km</c>, <c>identity</c> or <c>rank</c>.</summary>
    public string TransformName =>
        Transform switch
        {
            CoxZphTransform.KaplanMeier => "km",
            CoxZphTransform.Identity => "identity",
            _ => "rank",
        };

    /// <summary>The test table: <c>term, chisq, df, p</c> with the <c>GLOBAL</c> row last (R: <c>zph$table</c>).</summary>
    public ResultTable ToTable()
    {
        var rows = Tests
            .Concat(Global is null ? [] : [Global])
            .Select(t => (IReadOnlyList<object?>)[t.Name, t.ChiSquare, t.Df, t.PValue]);
        return new ResultTable(
            "cox_zph",
            ["term", "chisq", "df", "p"],
            rows,
            new Dictionary<string, string>
            {
                ["transform"] = TransformName,
                ["reference"] = $"survival::cox.zph(fit, transform = \"{TransformName}\") (survival >= 3.0 score test)",
            }
        );
    }
}
