namespace JobFirst.Evaluation.Regression.Glm;

/// <summary>The fitting data: kept design columns (row-major n×p), 0/1 response, optional frequency weights, link.</summary>
internal sealed class LogisticData
{
    public LogisticData(double[] x, int n, int p, double[] y, double[]? weights, GlmLink link = GlmLink.Logit)
    {
        X = x;
        N = n;
        P = p;
        Y = y;
        Weights = weights;
        Link = link;
    }

    public GlmLink Link { get; }

    public double[] X { get; }

    public int N { get; }

    public int P { get; }

    public double[] Y { get; }

    public double[]? Weights { get; }

    public double Weight(int i) => Weights is null ? 1.0 : Weights[i];

    /// <summary>Σ w (the number of observations the weights represent).</summary>
    public double TotalWeight => Weights?.Sum() ?? N;
}
