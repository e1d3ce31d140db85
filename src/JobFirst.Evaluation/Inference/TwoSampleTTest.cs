using JobFirst.Evaluation.Estimators;

namespace JobFirst.Evaluation.Inference;

/// <summary>
/// Two-sample t test of mean(x) − mean(y) (R: <c>t.test(x, y, var.equal = ...)</c>). It is the Standard-design
/// difference in means with x as the treated arm, computed by the same formula (<see cref="DifferenceInMeans"/>).
/// NaN values are excluded and counted (R drops them silently).
/// </summary>
public static class TwoSampleTTest
{
    /// <summary>Runs the test.</summary>
    /// <param name="x">First sample (R's <c>x</c>).</param>
    /// <param name="y">Second sample (R's <c>y</c>).</param>
    /// <param name="variance">Welch (default, as R) or pooled.</param>
    /// <param name="level">Confidence level of the interval for the difference.</param>
    public static DifferenceInMeansResult Run(
        ReadOnlySpan<double> x,
        ReadOnlySpan<double> y,
        TTestVariance variance = TTestVariance.Welch,
        double level = 0.95
    )
    {
        var outcome = new double[x.Length + y.Length];
        var arm = new bool[outcome.Length];
        x.CopyTo(outcome);
        y.CopyTo(outcome.AsSpan(x.Length));
        arm.AsSpan(0, x.Length).Fill(true);
        return DifferenceInMeans.Estimate(
            outcome,
            arm,
            new DifferenceInMeansOptions(
                StandardError: variance == TTestVariance.Pooled ? DimStandardError.Classical : DimStandardError.Neyman,
                Level: level,
                Term: "x - y"
            )
        );
    }
}
