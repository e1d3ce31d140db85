namespace JobFirst.Evaluation.Survival.Cox;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial record CoxZphResult
{
    /// <summary>The proportional-hazards tests of <see cref="ToTable"/> as aligned text.</summary>
    public override string ToString() => ToTable().ToString();
}
