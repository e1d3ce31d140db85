namespace JobFirst.Evaluation.Simulation;

/// <summary>A piecewise-linear curve through (x, y) knots, constant beyond the first and last knot.</summary>
internal sealed class Curve
{
    private readonly double[] _x;
    private readonly double[] _y;

    public Curve(params double[] knots)
    {
        _x = new double[knots.Length / 2];
        _y = new double[knots.Length / 2];
        for (int i = 0; i < _x.Length; i++)
        {
            _x[i] = knots[2 * i];
            _y[i] = knots[2 * i + 1];
        }
    }

    public double At(double x)
    {
        if (x <= _x[0])
        {
            return _y[0];
        }
        for (int i = 1; i < _x.Length; i++)
        {
            if (x <= _x[i])
            {
                double t = (x - _x[i - 1]) / (_x[i] - _x[i - 1]);
                return _y[i - 1] + t * (_y[i] - _y[i - 1]);
            }
        }
        return _y[^1];
    }

    /// <summary>The x where a non-decreasing curve reaches <paramref name="y"/> (inverse CDF).</summary>
    public double Inverse(double y)
    {
        for (int i = 1; i < _x.Length; i++)
        {
            if (y <= _y[i])
            {
                double span = _y[i] - _y[i - 1];
                double t = span <= 0 ? 0 : (y - _y[i - 1]) / span;
                return _x[i - 1] + t * (_x[i] - _x[i - 1]);
            }
        }
        return _x[^1];
    }
}
