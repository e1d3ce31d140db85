namespace JobFirst.Evaluation.Estimators.Meta;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial record MetaRegressionResult
{
    /// <summary>The table of <see cref="ToTable"/> (conventions and exclusions in its metadata) as aligned text.</summary>
    public override string ToString() => ToTable().ToString();
}
