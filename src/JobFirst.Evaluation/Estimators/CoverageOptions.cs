using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Estimators;

/// <summary>Settings of a confidence-interval coverage simulation (<see cref="CoverageSimulation"/>).</summary>
/// <param name="Replications">Number of simulated trials.</param>
/// <param name="NTreated">Treated units per trial (Standard), or per block in total over blocks (Blocked).</param>
/// <param name="NControl">Control units per trial.</param>
/// <param name="Effect">True average effect (constant additive; a probability difference for binary outcomes).</param>
/// <param name="Outcome">Outcome model.</param>
/// <param name="ControlSd">SD of control outcomes (normal model).</param>
/// <param name="TreatedSd">SD of treated outcomes (normal model).</param>
/// <param name="Design">Standard, Blocked (units spread over <paramref name="Blocks"/> blocks with shifted means) or Clustered
/// (<paramref name="Clusters"/> clusters of 2–8 units, random cluster effects, half of the clusters treated).</param>
/// <param name="Blocks">Blocks for the Blocked design.</param>
/// <param name="Clusters">Clusters for the Clustered design.</param>
/// <param name="StandardError">SE (null = design default, as <see cref="DifferenceInMeansOptions"/>).</param>
/// <param name="Interval">t or normal interval.</param>
/// <param name="Level">Nominal confidence level.</param>
/// <param name="Seed">Random seed (the run is deterministic given all settings).</param>
public sealed record CoverageOptions(
    int Replications = 2000,
    int NTreated = 60,
    int NControl = 40,
    double Effect = 0.5,
    CoverageOutcome Outcome = CoverageOutcome.Normal,
    double ControlSd = 1.0,
    double TreatedSd = 1.5,
    DimDesign Design = DimDesign.Standard,
    int Blocks = 4,
    int Clusters = 30,
    DimStandardError? StandardError = null,
    IntervalMethod Interval = IntervalMethod.StudentT,
    double Level = 0.95,
    ulong Seed = 20260101
);
