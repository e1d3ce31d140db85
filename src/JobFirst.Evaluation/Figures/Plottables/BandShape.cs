namespace JobFirst.Evaluation.Figures.Plottables;

/// <summary>How a band's edges join consecutive points.</summary>
public enum BandShape
{
    /// <summary>Straight lines between points (pointwise weekly CIs).</summary>
    Linear = 0,

    /// <summary>Right-continuous steps (Kaplan–Meier confidence bands, as R's <c>plot.survfit(conf.int = TRUE)</c>).</summary>
    Step = 1,
}
