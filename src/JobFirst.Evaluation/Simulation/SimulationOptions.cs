using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Simulation;

/// <summary>What to simulate. Equal options always give byte-identical files.</summary>
/// <param name="Scenario">The study design.</param>
/// <param name="Seed">Master seed; every random draw derives from it (default seeds: 0 JobFirst, 4 Rum, 3 Monitoring).</param>
/// <param name="Persons">
/// Size of the study population; <c>null</c> uses the scenario's published size (JobFirst 4,856 randomised
/// over the whole trial, Rum 1,017 participants, Monitoring 6,000 target-group persons).
/// </param>
/// <param name="ExtractEnd">
/// Last ISO week of the register extract; <c>null</c> uses the scenario default (JobFirst 2016-W52, the
/// midterm extract; use 2018-W26 for the final-report horizon).
/// </param>
/// <param name="RegisterOnlyShare">Extra register rows for persons outside the roster, as a share of the roster (exercises linkage).</param>
/// <param name="MissingFromRegister">Number of roster persons left out of the register (exercises the linkage report); default 0.</param>
public sealed record SimulationOptions(
    SimulationScenario Scenario,
    ulong Seed = 0,
    int? Persons = null,
    IsoWeek? ExtractEnd = null,
    double RegisterOnlyShare = 0.02,
    int MissingFromRegister = 0
)
{
    /// <summary>The default seed of a scenario: the number of the source report it is calibrated to.</summary>
    public static ulong DefaultSeed(SimulationScenario scenario) =>
        scenario switch
        {
            SimulationScenario.Rum => 4,
            SimulationScenario.Monitoring => 3,
            _ => 0,
        };

    /// <summary>Options for <paramref name="scenario"/> with its default seed and sizes.</summary>
    public static SimulationOptions For(SimulationScenario scenario) => new(scenario, DefaultSeed(scenario));
}
