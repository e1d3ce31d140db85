namespace JobFirst.Evaluation.Simulation;

internal static class MonitoringScenario
{
    public static SimulatedStudy Generate(SimulationOptions options) => throw new NotSupportedException("todo");
}
