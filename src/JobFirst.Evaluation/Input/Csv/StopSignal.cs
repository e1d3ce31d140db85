namespace JobFirst.Evaluation.Input.Csv;

/// <summary>Tells the other chunks of a parallel read that one has failed, so they stop early.</summary>
internal sealed class StopSignal
{
    private volatile bool _set;

    /// <summary>True once <see cref="Set"/> was called.</summary>
    public bool IsSet => _set;

    /// <summary>Asks every chunk to stop.</summary>
    public void Set() => _set = true;
}
