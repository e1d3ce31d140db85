using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Reporting;

/// <summary>A small simulated JobFirst study (400 persons) in the documented formats, for report tests that write their own specs.</summary>
public sealed class SimulatedDataFixture : IDisposable
{
    private readonly TempDirectory _root = new();

    public SimulatedDataFixture()
    {
        var run = CliHarness.Run("simulate", "--out", Data, "--persons", "400");
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    public string Data => Path.Combine(_root.Path, "data");

    /// <summary>The "inputs" member of a spec pointing at the simulated files by absolute path.</summary>
    public string InputsJson(bool sites = true) =>
        "\"inputs\": {"
        + $"\"roster\": {Q("roster.csv")}, \"register\": {Q("register.csv")}, \"hours\": {Q("hours.csv")}, \"codebook\": {Q("codebook.csv")}"
        + (sites ? $", \"sites\": {Q("sites.csv")}" : "")
        + "}";

    private string Q(string file) => System.Text.Json.JsonSerializer.Serialize(Path.Combine(Data, file));

    public void Dispose() => _root.Dispose();
}
