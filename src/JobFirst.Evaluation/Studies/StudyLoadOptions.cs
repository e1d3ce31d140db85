using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Register;

namespace JobFirst.Evaluation.Studies;

/// <summary>How a study is read.</summary>
public sealed record StudyLoadOptions
{
    /// <summary>Register scan options (unknown-code and duplicate policies, full-time monthly hours for grad columns).</summary>
    public RegisterScanOptions Scan { get; init; } = RegisterScanOptions.Default;

    /// <summary>Event-panel layout (follow-up and history weeks, exit handling).</summary>
    public EventPanelOptions Panel { get; init; } = new();

    /// <summary>Chunks the hours file and wide register are cut into (null = by size and cores; 1 = sequential). For tests.</summary>
    internal int? Chunks { get; init; }
}
