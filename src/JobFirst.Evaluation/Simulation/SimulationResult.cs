namespace JobFirst.Evaluation.Simulation;

/// <summary>The outcome of writing a simulated study.</summary>
/// <param name="Study">The in-memory study that was written.</param>
/// <param name="OutputDirectory">Directory the files were written to.</param>
/// <param name="Files">Full paths of the files written, in writing order.</param>
/// <param name="RosterPersons">Rows in the roster (participants) file.</param>
/// <param name="RegisterPersons">Rows in the register file.</param>
/// <param name="HoursRows">Rows in the hours file (person-weeks with hours &gt; 0).</param>
public sealed record SimulationResult(
    SimulatedStudy Study,
    string OutputDirectory,
    IReadOnlyList<string> Files,
    int RosterPersons,
    int RegisterPersons,
    int HoursRows
);
