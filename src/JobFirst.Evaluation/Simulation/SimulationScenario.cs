namespace JobFirst.Evaluation.Simulation;

/// <summary>The study designs the simulator can generate, each calibrated to one of the source reports.</summary>
public enum SimulationScenario
{
    /// <summary>
    /// The JobFirst randomised trial (seeds 000/001): treatment and control arms, 15 jobcentres, two target
    /// groups, staggered visitation March 2016 – December 2017. Files: roster, register, hours, codebook, sites.
    /// </summary>
    JobFirst,

    /// <summary>
    /// "Et mere rummeligt arbejdsmarked" (seed 004): participants only (no control group), 11 municipalities,
    /// individual and municipality traits, screening funnel and goal targets.
    /// </summary>
    Rum,

    /// <summary>
    /// "Flere skal med" monitoring (seed 003): 88 municipalities' target groups followed weekly for 24 months,
    /// plus a baseline/final survey of the municipalities.
    /// </summary>
    Monitoring,
}
