namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Maximises the log partial likelihood by Newton–Raphson from β = 0 with R survival's rules
/// (<c>coxfit6</c> for right-censored data, <c>agfit4</c> for (start, stop] data): converged when
/// |1 − ℓ_best/ℓ_new| ≤ ε; when ℓ falls (or is not finite) the step is pulled back towards the last good β,
/// β ← (β_new + h·β_good)/(h + 1) for the h-th consecutive halving; the counting-process rule also requires the
/// last step not to be a halving and the rank of the information to be unchanged. Works on scaled coordinates.
/// </summary>
internal static class NewtonRaphson
{
    internal sealed record Outcome(
        double[] Beta,
        double[] Score,
        double[] Information,
        SymmetricSolver Solver,
        double LogLikelihoodNull,
        double LogLikelihood,
        double ScoreTest,
        int Iterations,
        bool Converged
    );

    public static Outcome Fit(CoxData data, RiskSetSweep sweep, CoxOptions options)
    {
        int p = data.P;
        var u = new double[p];
        var imat = new double[p * p];
        var visitor = new NoVisitor();
        var beta = new double[p];
        sweep.SetBeta(beta);
        double ll0 = sweep.Run(options.Ties, u, imat, ref visitor);
        var solver = SymmetricSolver.Factor(imat, p, options.CholeskyTolerance);
        var step = (double[])u.Clone();
        solver.Solve(step);
        double scoreTest = Dot(u, step);
        int maxIter = options.MaxIterations;
        if (p == 0 || maxIter == 0 || !double.IsFinite(ll0))
        {
            return new Outcome(beta, u, imat, solver, ll0, ll0, scoreTest, 0, p == 0);
        }
        return data.IsCounting
            ? CountingProcess(sweep, options, beta, step, ll0, scoreTest, solver.Rank)
            : RightCensored(sweep, options, beta, step, ll0, scoreTest);
    }

    private static Outcome RightCensored(
        RiskSetSweep sweep,
        CoxOptions options,
        double[] beta,
        double[] step,
        double ll0,
        double scoreTest
    )
    {
        int p = beta.Length;
        var u = new double[p];
        var imat = new double[p * p];
        var visitor = new NoVisitor();
        double best = ll0;
        var newBeta = new double[p];
        for (int j = 0; j < p; j++)
        {
            newBeta[j] = beta[j] + step[j];
        }
        int halving = 0;
        for (int iter = 1; iter <= options.MaxIterations; iter++)
        {
            sweep.SetBeta(newBeta);
            double newLl = sweep.Run(options.Ties, u, imat, ref visitor);
            var solver = SymmetricSolver.Factor(imat, p, options.CholeskyTolerance);
            bool finite = double.IsFinite(newLl) && AllFinite(u) && AllFinite(imat);
            if (finite && Math.Abs(1 - best / newLl) <= options.Epsilon)
            {
                return new Outcome(newBeta, u, imat, solver, ll0, newLl, scoreTest, iter, true);
            }
            if (!finite || newLl < best)
            {
                halving++;
                for (int j = 0; j < p; j++)
                {
                    newBeta[j] = (newBeta[j] + halving * beta[j]) / (halving + 1.0);
                }
            }
            else
            {
                halving = 0;
                best = newLl;
                var s = (double[])u.Clone();
                solver.Solve(s);
                for (int j = 0; j < p; j++)
                {
                    beta[j] = newBeta[j];
                    newBeta[j] += s[j];
                }
            }
        }
        // Out of iterations: report the last good β.
        sweep.SetBeta(beta);
        double ll = sweep.Run(options.Ties, u, imat, ref visitor);
        var last = SymmetricSolver.Factor(imat, p, options.CholeskyTolerance);
        return new Outcome(beta, u, imat, last, ll0, ll, scoreTest, options.MaxIterations, false);
    }

    private static Outcome CountingProcess(
        RiskSetSweep sweep,
        CoxOptions options,
        double[] beta,
        double[] step,
        double ll0,
        double scoreTest,
        int rank
    )
    {
        int p = beta.Length;
        var u = new double[p];
        var imat = new double[p * p];
        var visitor = new NoVisitor();
        double best = ll0;
        var oldBeta = (double[])beta.Clone();
        for (int j = 0; j < p; j++)
        {
            beta[j] += step[j];
        }
        int halving = 0;
        for (int iter = 1; iter <= options.MaxIterations; iter++)
        {
            sweep.SetBeta(beta);
            double newLl = sweep.Run(options.Ties, u, imat, ref visitor);
            int fail = 0;
            for (int j = 0; j < p; j++)
            {
                fail += double.IsFinite(imat[j * p + j]) ? 0 : 1;
            }
            var solver = SymmetricSolver.Factor(imat, p, options.CholeskyTolerance);
            fail += (double.IsFinite(newLl) ? 0 : 1) + Math.Abs(rank - solver.Rank);
            if (fail == 0 && halving == 0 && Math.Abs(1 - best / newLl) <= options.Epsilon)
            {
                return new Outcome(beta, u, imat, solver, ll0, newLl, scoreTest, iter, true);
            }
            if (iter == options.MaxIterations)
            {
                if (options.MaxIterations > 1 && (newLl - best) / Math.Abs(best) < -options.Epsilon)
                {
                    Array.Copy(oldBeta, beta, p);
                    sweep.SetBeta(beta);
                    newLl = sweep.Run(options.Ties, u, imat, ref visitor);
                    solver = SymmetricSolver.Factor(imat, p, options.CholeskyTolerance);
                }
                return new Outcome(beta, u, imat, solver, ll0, newLl, scoreTest, iter, false);
            }
            if (fail > 0 || newLl < best)
            {
                halving++;
                for (int j = 0; j < p; j++)
                {
                    beta[j] = (oldBeta[j] * halving + beta[j]) / (halving + 1.0);
                }
            }
            else
            {
                halving = 0;
                best = newLl;
                var s = (double[])u.Clone();
                solver.Solve(s);
                for (int j = 0; j < p; j++)
                {
                    oldBeta[j] = beta[j];
                    beta[j] += s[j];
                }
            }
        }
        throw new InvalidOperationException("unreachable");
    }

    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }
        return s;
    }

    private static bool AllFinite(double[] v)
    {
        foreach (var x in v)
        {
            if (!double.IsFinite(x))
            {
                return false;
            }
        }
        return true;
    }
}
