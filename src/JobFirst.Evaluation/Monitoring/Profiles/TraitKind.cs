namespace JobFirst.Evaluation.Monitoring.Profiles;

/// <summary>How a profile summarises a trait.</summary>
public enum TraitKind
{
    /// <summary>Numeric: the mean of the non-missing values (age, benefit history weeks, a 1–5 scale).</summary>
    Numeric,

    /// <summary>Categorical: the majority category and its share of the non-missing values (gender, education).</summary>
    Categorical,
}
