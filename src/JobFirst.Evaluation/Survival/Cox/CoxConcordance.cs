namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// Harrell's C for the linear predictor as R's <c>coxph</c> reports it (<c>fit$concordance</c>, from
/// <c>concordancefit(y, lp, strata, weights, reverse = TRUE, timewt = "n")</c>). A pair is comparable when the
/// shorter time is an event and the other row is still at risk then (a row censored at that time counts as at risk;
/// with (start, stop] data, at risk means start &lt; t ≤ stop); pairs in different strata are not compared. Pair
/// weights are w_i·w_j. Concordant: the row with the event has the larger linear predictor.
/// C = (concordant + tied_x/2) / (concordant + discordant + tied_x); pairs tied on the event time (<see cref="TiedY"/>)
/// are not comparable. The standard error is the infinitesimal-jackknife one of <c>concordancefit</c>
/// (influence of each row's weight, summed within clusters when a cluster is given).
/// </summary>
/// <param name="Estimate">Concordance C.</param>
/// <param name="StdError">Infinitesimal-jackknife standard error of C.</param>
/// <param name="Concordant">Weighted number of concordant pairs.</param>
/// <param name="Discordant">Weighted number of discordant pairs.</param>
/// <param name="TiedX">Comparable pairs tied on the linear predictor.</param>
/// <param name="TiedY">Pairs of events at the same time with different linear predictors.</param>
/// <param name="TiedXY">Pairs of events at the same time with equal linear predictors.</param>
public sealed record CoxConcordance(
    double Estimate,
    double StdError,
    double Concordant,
    double Discordant,
    double TiedX,
    double TiedY,
    double TiedXY
);
