namespace JobFirst.Evaluation.Simulation;

internal static class RumScenario
{
    public static SimulatedStudy Generate(SimulationOptions options) => throw new NotSupportedException("todo");
}
