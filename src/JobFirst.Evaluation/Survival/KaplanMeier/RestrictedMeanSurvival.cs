namespace JobFirst.Evaluation.Survival.KaplanMeier;

/// <summary>
/// Restricted mean survival time up to τ: the area under the Kaplan–Meier curve on [0, τ], with standard
/// error sqrt(Σ_{t_i ≤ τ} A_i² d_i / (n_i (n_i − d_i))), A_i = ∫_{t_i}^τ S(u) du (R
/// <c>print(survfit(...), rmean = τ)</c>'s <c>rmean</c> and <c>se(rmean)</c>; survRM2 <c>rmst2</c>;
/// Uno et al. 2014, J Clin Oncol 32:2380–2385). In time units (weeks for spells).
/// </summary>
/// <param name="Group">Curve label.</param>
/// <param name="Tau">Horizon τ.</param>
/// <param name="Estimate">RMST.</param>
/// <param name="StdError">Standard error.</param>
/// <param name="ConfLow">Lower limit, estimate − z·se.</param>
/// <param name="ConfHigh">Upper limit, estimate + z·se.</param>
public sealed record RestrictedMeanSurvival(
    string Group,
    double Tau,
    double Estimate,
    double StdError,
    double ConfLow,
    double ConfHigh
);
