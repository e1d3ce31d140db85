namespace JobFirst.Evaluation.Linkage;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial record TwoSourceLinkageResult
{
    /// <summary>The table of <see cref="ToResultTable"/> (conventions and exclusions in its metadata) as aligned text.</summary>
    public override string ToString() => ToResultTable().ToString();
}
