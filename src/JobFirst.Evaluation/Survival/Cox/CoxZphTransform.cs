namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>Time scale g(t) of the proportional-hazards test (R: <c>cox.zph(fit, transform = ...)</c>).</summary>
public enum CoxZphTransform
{
    /// <summary>g(t) = 1 − Ŝ(t−), the left-continuous Kaplan–Meier of all rows, unweighted (R: <c>transform = "km"</c>, the default).</summary>
    KaplanMeier,

    /// <summary>g(t) = t (R: <c>transform = "identity"</c>; Stata: <c>estat phtest, time(_t)</c> uses this scale).</summary>
    Identity,

    /// <summary>g(t) = rank of t among all rows' times, ties averaged (R: <c>transform = "rank"</c>; Stata: <c>estat phtest, rank</c>).</summary>
    Rank,
}
