using JobFirst.Evaluation.Simulation;

namespace JobFirst.Evaluation.Estimators;

/// <summary>
/// Monte Carlo check that the difference-in-means interval has its nominal coverage: simulate trials with a known
/// constant effect under the chosen design, estimate with <see cref="DifferenceInMeans"/>, count how often the interval
/// covers the truth. Deterministic for a seed (each replication has its own random stream). Normal deviates by
/// Box–Muller on the project's xoshiro256** generator.
/// </summary>
public static class CoverageSimulation
{
    /// <summary>Runs the simulation.</summary>
    public static CoverageResult Run(CoverageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Replications < 1 || options.NTreated < 2 || options.NControl < 2)
        {
            throw new ArgumentException("need at least one replication and two units per arm", nameof(options));
        }
        var dimOptions = new DifferenceInMeansOptions(
            options.Design,
            options.StandardError,
            options.Interval,
            options.Level
        );
        int covered = 0;
        double sumEst = 0,
            sumEst2 = 0,
            sumSe = 0;
        DimDesignLabel label = DimDesignLabel.Standard;
        for (int r = 0; r < options.Replications; r++)
        {
            var rng = new DeterministicRandom(options.Seed, (ulong)r);
            var result = Replicate(rng, options, dimOptions);
            label = result.Design;
            if (result.ConfLow <= options.Effect && options.Effect <= result.ConfHigh)
            {
                covered++;
            }
            sumEst += result.Estimate;
            sumEst2 += result.Estimate * result.Estimate;
            sumSe += result.StdError;
        }
        int reps = options.Replications;
        double rate = (double)covered / reps;
        double mean = sumEst / reps;
        double sd = reps > 1 ? Math.Sqrt(Math.Max(0, (sumEst2 - reps * mean * mean) / (reps - 1))) : double.NaN;
        return new CoverageResult(
            options,
            reps,
            covered,
            rate,
            Math.Sqrt(rate * (1 - rate) / reps),
            mean,
            mean - options.Effect,
            sumSe / reps,
            sd,
            label
        );
    }

    private static DifferenceInMeansResult Replicate(
        DeterministicRandom rng,
        CoverageOptions o,
        DifferenceInMeansOptions dim
    )
    {
        switch (o.Design)
        {
            case DimDesign.Standard:
            {
                int n = o.NTreated + o.NControl;
                var y = new double[n];
                var t = new bool[n];
                for (int i = 0; i < n; i++)
                {
                    t[i] = i < o.NTreated;
                    y[i] = Draw(rng, o, t[i], 0);
                }
                return DifferenceInMeans.Estimate(y, t, dim);
            }
            case DimDesign.Blocked:
            {
                var y = new List<double>();
                var t = new List<bool>();
                var b = new List<int>();
                for (int block = 0; block < o.Blocks; block++)
                {
                    int nt = Math.Max(2, o.NTreated / o.Blocks + block % 2);
                    int nc = Math.Max(2, o.NControl / o.Blocks);
                    double shift = block;
                    for (int i = 0; i < nt + nc; i++)
                    {
                        bool treated = i < nt;
                        y.Add(Draw(rng, o, treated, shift));
                        t.Add(treated);
                        b.Add(block);
                    }
                }
                return DifferenceInMeans.Estimate([.. y], [.. t], dim, [.. b]);
            }
            case DimDesign.Clustered:
            {
                var y = new List<double>();
                var t = new List<bool>();
                var c = new List<int>();
                for (int g = 0; g < o.Clusters; g++)
                {
                    bool treated = g % 2 == 0;
                    int size = 2 + rng.Below(7);
                    double u = 0.5 * Gaussian(rng);
                    for (int i = 0; i < size; i++)
                    {
                        y.Add(Draw(rng, o, treated, u));
                        t.Add(treated);
                        c.Add(g);
                    }
                }
                return DifferenceInMeans.Estimate([.. y], [.. t], dim, default, [.. c]);
            }
            default:
                throw new ArgumentException(
                    $"coverage simulation supports Standard, Blocked and Clustered, not {o.Design}"
                );
        }
    }

    private static double Draw(DeterministicRandom rng, CoverageOptions o, bool treated, double shift)
    {
        if (o.Outcome == CoverageOutcome.Binary)
        {
            double p = 0.4 + (treated ? o.Effect : 0);
            return rng.Uniform() < p ? 1 : 0;
        }
        double sd = treated ? o.TreatedSd : o.ControlSd;
        return shift + (treated ? o.Effect : 0) + sd * Gaussian(rng);
    }

    private static double Gaussian(DeterministicRandom rng)
    {
        double u1 = 1 - rng.Uniform();
        double u2 = rng.Uniform();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
