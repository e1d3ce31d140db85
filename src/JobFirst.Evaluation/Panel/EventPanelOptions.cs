namespace JobFirst.Evaluation.Panel;

/// <summary>How the event-time panel is laid out.</summary>
public sealed record EventPanelOptions
{
    /// <summary>Follow-up weeks stored per person (event weeks 1..this). Default 156 (three years).</summary>
    public int MaxFollowUpWeeks { get; init; } = 156;

    /// <summary>History weeks before visitation (event weeks −(n−1)..0). Default 156 (three years, seed 001:77).</summary>
    public int HistoryWeeks { get; init; } = 156;

    /// <summary>
    /// Whether a censoring-exit code (category <c>exit</c>: emigration, death, retirement) ends follow-up:
    /// the person is not followed from the first exit week on. Default true.
    /// </summary>
    public ExitHandling ExitHandling { get; init; } = ExitHandling.CensorAtExit;
}
