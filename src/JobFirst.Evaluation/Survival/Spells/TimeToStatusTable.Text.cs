namespace JobFirst.Evaluation.Survival.Spells;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial class TimeToStatusTable
{
    /// <summary>The rows of <see cref="ToResultTable"/> (sequential pseudonymous keys, never person ids) as aligned text.</summary>
    public override string ToString() => ToResultTable().ToString();
}
