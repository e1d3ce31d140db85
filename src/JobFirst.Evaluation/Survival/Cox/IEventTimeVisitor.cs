namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>Receives the per-event-time quantities of a <see cref="RiskSetSweep"/>; implemented by structs so calls inline.</summary>
internal interface IEventTimeVisitor
{
    /// <summary>False for the plain likelihood evaluation: the sweep then skips the per-time detail.</summary>
    bool WantsDetails { get; }

    /// <summary>True when <see cref="EventTimeStats.Information"/> should be filled.</summary>
    bool WantsInformation { get; }

    void OnEventTime(in EventTimeStats stats);
}

/// <summary>A visitor that wants nothing (the Newton iterations).</summary>
internal struct NoVisitor : IEventTimeVisitor
{
    public readonly bool WantsDetails => false;

    public readonly bool WantsInformation => false;

    public readonly void OnEventTime(in EventTimeStats stats) { }
}
