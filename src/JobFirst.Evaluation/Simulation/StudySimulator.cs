namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// Entry point of the calibrated data simulator: generates a study in memory (<see cref="Simulate"/>) and
/// writes it in the documented input formats (<see cref="Write"/>): the roster (or participants) file,
/// a DREAM-style wide register <c>register.csv</c>, weekly hours <c>hours.csv</c>, the default codebook and
/// the scenario's site/municipality tables. Deterministic: equal options give byte-identical files on every
/// platform (own xoshiro256** generator, no culture or clock dependence).
/// </summary>
public static class StudySimulator
{
    /// <summary>Generates the study described by <paramref name="options"/> in memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Sizes or the extract end are outside the scenario's range.</exception>
    public static SimulatedStudy Simulate(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Persons is { } n && (n < 10 || n > 2_000_000))
        {
            throw new ArgumentOutOfRangeException(nameof(options), n, "Persons must be between 10 and 2,000,000.");
        }
        if (options.RegisterOnlyShare is < 0 or > 10 || double.IsNaN(options.RegisterOnlyShare))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.RegisterOnlyShare,
                "RegisterOnlyShare must be between 0 and 10."
            );
        }
        return options.Scenario switch
        {
            SimulationScenario.JobFirst => JobFirstScenario.Generate(options),
            SimulationScenario.Rum => RumScenario.Generate(options),
            SimulationScenario.Monitoring => MonitoringScenario.Generate(options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Scenario, "Unknown scenario."),
        };
    }

    /// <summary>Writes <paramref name="study"/> to <paramref name="directory"/> (created if needed; files overwritten).</summary>
    public static SimulationResult Write(SimulatedStudy study, string directory)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return SimulationWriter.Write(study, directory);
    }

    /// <summary>Simulates and writes in one call.</summary>
    public static SimulationResult Run(SimulationOptions options, string directory) =>
        Write(Simulate(options), directory);
}
