namespace JobFirst.Evaluation.Monitoring.Profiles;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial record ProfileTable
{
    /// <summary>The rows of <see cref="ToResultTable"/> (small cells suppressed as computed) as aligned text.</summary>
    public override string ToString() => ToResultTable().ToString();
}
