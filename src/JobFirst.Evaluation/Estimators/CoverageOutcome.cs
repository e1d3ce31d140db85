namespace JobFirst.Evaluation.Estimators;

/// <summary>Outcome model of a <see cref="CoverageSimulation"/>.</summary>
public enum CoverageOutcome
{
    /// <summary>Normal outcomes, control SD and treated SD as given (unequal variances, where Welch matters).</summary>
    Normal,

    /// <summary>0/1 outcomes (e.g. employed): control probability 0.4, treated 0.4 + effect.</summary>
    Binary,
}
