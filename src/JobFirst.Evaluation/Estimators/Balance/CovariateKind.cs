namespace JobFirst.Evaluation.Estimators.Balance;

/// <summary>How a balance covariate is summarised and tested.</summary>
public enum CovariateKind
{
    /// <summary>Numeric: mean and SD by arm, Welch t test (R <c>t.test(x ~ arm)</c>).</summary>
    Numeric,

    /// <summary>Categorical: one row per level with shares by arm, Pearson χ² test (R <c>chisq.test(table(arm, x), correct = FALSE)</c>).</summary>
    Categorical,
}
