namespace JobFirst.Evaluation.Survival.Cox;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial record StabilityEffect
{
    /// <summary>The one-row table of <see cref="ToTable"/> as aligned text, the headline sentence in its metadata.</summary>
    public override string ToString() => ToTable().ToString();
}
