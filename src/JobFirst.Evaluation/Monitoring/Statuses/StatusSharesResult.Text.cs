namespace JobFirst.Evaluation.Monitoring.Statuses;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial record StatusSharesResult
{
    /// <summary>The rows of <see cref="ToResultTable"/> (small cells suppressed as computed) as aligned text.</summary>
    public override string ToString() => ToResultTable().ToString();
}
