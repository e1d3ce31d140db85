using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace JobFirst.Evaluation.Inference;

/// <summary>
/// Student's t tail probabilities and quantiles to about 1e-13 relative, agreeing with R's <c>pt</c>/<c>qt</c>
/// (MathNet's <c>StudentT.InvCDF</c> stops near 1e-8 and its incomplete beta loses digits for large df).
/// <list type="bullet">
/// <item>Tails from the regularized incomplete beta: P(T &gt; t) = ½ I_x(ν/2, ½), x = ν/(ν+t²), and
/// P(0 &lt; T &lt; t) = ½ I_y(½, ν/2), y = t²/(ν+t²); whichever argument lies on the fast side of the continued
/// fraction is evaluated directly (Lentz's method), the other by complement, so neither tail cancels.</item>
/// <item>ln B(a, ½) for large a by Stirling differences with <c>log1p</c>, so the prefactor keeps full precision.</item>
/// <item>ln x = −log1p(t²/ν) with an accurate log1p, since a·ln x is large for large ν.</item>
/// <item>Quantiles: bracketed Newton iterations on that tail (in log t for the far tail, in t near the centre).</item>
/// </list>
/// </summary>
internal static class StudentTDistribution
{
    /// <summary>P(T &gt; t) for T ~ t(ν), any real t.</summary>
    public static double UpperTail(double t, double df)
    {
        if (t < 0)
        {
            return 0.5 + Central(-t, df);
        }
        return Tails(t, df).Upper;
    }

    /// <summary>P(0 &lt; T &lt; t) for t ≥ 0.</summary>
    private static double Central(double t, double df) => Tails(t, df).Central;

    private static (double Upper, double Central) Tails(double t, double df)
    {
        if (t == 0)
        {
            return (0.5, 0);
        }
        if (double.IsPositiveInfinity(t))
        {
            return (0, 0.5);
        }
        double a = df / 2;
        double t2 = t * t;
        // ln x and ln y without cancellation: x = ν/(ν+t²), y = t²/(ν+t²).
        double lnX = -LogOnePlus(t2 / df);
        double lnY = Math.Log(t2) - Math.Log(df + t2);
        if (t2 / df > 1e10)
        {
            lnX = Math.Log(df) - Math.Log(t2) - LogOnePlus(df / t2);
            lnY = -LogOnePlus(df / t2);
        }
        double x = Math.Exp(lnX);
        double y = Math.Exp(lnY);
        double lbeta = LogBetaHalf(a);
        // The x-fraction is the fast one for x < (a+1)/(a+b+2), but for large ν and moderate t its first
        // terms cancel (≈ ν·ε relative error); there the y-fraction is accurate and the complement costs < 2 digits.
        bool useX = x < (a + 1) / (a + 2.5) && !(df > 1000 && t2 < 9);
        if (useX)
        {
            double ix = Math.Exp(a * lnX + 0.5 * lnY - lbeta) / a * ContinuedFraction(a, 0.5, x);
            double up = 0.5 * ix;
            return (up, 0.5 - up);
        }
        double iy = Math.Exp(0.5 * lnY + a * lnX - lbeta) / 0.5 * ContinuedFraction(0.5, a, y);
        double central = 0.5 * iy;
        return (0.5 - central, central);
    }

    /// <summary>Density of t(ν) at t.</summary>
    public static double Density(double t, double df)
    {
        double a = df / 2;
        return Math.Exp(-LogBetaHalf(a) - 0.5 * Math.Log(df) - (df + 1) / 2 * LogOnePlus(t * t / df));
    }

    /// <summary>The q &gt; 0 with P(T &gt; q) = <paramref name="tail"/> ∈ (0, ½).</summary>
    public static double UpperQuantile(double tail, double df)
    {
        // Start: the larger of the normal quantile and the power-law tail ½(ν/q²)^(ν/2)/(a·B(a,½)) solved for q.
        double a = df / 2;
        double q = Normal.InvCDF(0, 1, 1 - tail);
        double power = Math.Sqrt(df) * Math.Exp(-(Math.Log(2 * tail * a) + LogBetaHalf(a)) / df);
        if (double.IsFinite(power) && power > q)
        {
            q = power;
        }
        q = Math.Max(q, 1e-300);
        double lo = 0;
        double hi = double.PositiveInfinity;
        bool central = tail > 0.25;
        double target = central ? 0.5 - tail : tail;
        for (int i = 0; i < 200; i++)
        {
            var (up, cen) = Tails(q, df);
            double f = central ? target - cen : up - target; // both decreasing... f > 0 means q too small
            if (f > 0)
            {
                lo = q;
            }
            else if (f < 0)
            {
                hi = q;
            }
            else
            {
                return q;
            }
            double density = Density(q, df);
            double next;
            if (central)
            {
                next = q + f / density;
            }
            else
            {
                // Newton on ln P(T > q) against ln q: power-law tails become straight lines.
                double g = Math.Log(up) - Math.Log(target);
                double slope = -density * q / up;
                next = q * Math.Exp(-g / slope);
            }
            if (!(next > lo && next < hi) || !double.IsFinite(next))
            {
                next =
                    double.IsPositiveInfinity(hi) ? Math.Max(2 * q, 2 * lo)
                    : lo == 0 ? hi / 2
                    : Math.Sqrt(lo * hi);
            }
            if (Math.Abs(next - q) <= 2e-16 * q)
            {
                return next;
            }
            q = next;
        }
        return q;
    }

    /// <summary>ln(1 + x) to a few ulps (Goldberg 1991, Theorem 4); .NET's <c>double.LogP1</c> is ln(1 + x) rounded first.</summary>
    internal static double LogOnePlus(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>ln B(a, ½) = ln Γ(a) + ln Γ(½) − ln Γ(a + ½), accurate for large a.</summary>
    private static double LogBetaHalf(double a)
    {
        const double lnGammaHalf = 0.57236494292470008707171367567652935; // ln √π
        if (a < 20)
        {
            return SpecialFunctions.GammaLn(a) + lnGammaHalf - SpecialFunctions.GammaLn(a + 0.5);
        }
        // Stirling: ln Γ(z) = (z − ½)ln z − z + ½ln 2π + Σ B_2k/(2k(2k−1) z^(2k−1)).
        double b = a + 0.5;
        double diff = -0.5 * Math.Log(a) - a * LogOnePlus(0.5 / a) + 0.5;
        diff += StirlingTail(a) - StirlingTail(b);
        return diff + lnGammaHalf;
    }

    private static double StirlingTail(double z)
    {
        double z2 = z * z;
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / (1188 * z2)) / z2) / z2) / z2) / z;
    }

    /// <summary>Continued fraction of I_x(a,b) (modified Lentz), converging fast for x &lt; (a+1)/(a+b+2).</summary>
    private static double ContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.Abs(d) < tiny)
        {
            d = tiny;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 100000; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-16)
            {
                break;
            }
        }
        return h;
    }
}
