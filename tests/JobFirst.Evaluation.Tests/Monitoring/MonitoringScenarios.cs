using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>The rum (seed 004) and monitoring (seed 003) scenarios written once, at their default seeds and sizes.</summary>
public sealed class MonitoringScenarios : IDisposable
{
    private readonly TempDirectory _dir = new();

    public MonitoringScenarios()
    {
        Rum = Path.Combine(_dir.Path, "rum");
        Monitoring = Path.Combine(_dir.Path, "monitoring");
        StudySimulator.Run(SimulationOptions.For(SimulationScenario.Rum), Rum);
        StudySimulator.Run(SimulationOptions.For(SimulationScenario.Monitoring), Monitoring);
    }

    /// <summary>Directory of the rum files (participants, register, hours, codebook, screening, targets, registrations).</summary>
    public string Rum { get; }

    /// <summary>Directory of the monitoring files (participants, register, hours, codebook, survey).</summary>
    public string Monitoring { get; }

    public string RumFile(string name) => Path.Combine(Rum, name);

    public string MonitoringFile(string name) => Path.Combine(Monitoring, name);

    /// <summary>Every person id of a file's first column (to check that none reaches an output).</summary>
    public static HashSet<string> Ids(string csv) =>
        [.. File.ReadLines(csv).Skip(1).Select(l => l.Split(',')[0]).Where(id => id.Length > 0)];

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class MonitoringScenariosGroup : ICollectionFixture<MonitoringScenarios>
{
    public const string Name = "Monitoring scenarios";
}
