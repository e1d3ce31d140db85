namespace JobFirst.Evaluation.Simulation;

/// <summary>The randomised arm of a simulated person (written as <c>treatment|control</c>).</summary>
public enum SimulatedArm
{
    /// <summary>Control group (<c>kontrolgruppe</c>), written as <c>control</c>.</summary>
    Control = 0,

    /// <summary>Treatment (participant) group (<c>deltagergruppe</c>), written as <c>treatment</c>.</summary>
    Treatment = 1,
}
