namespace JobFirst.Evaluation.Survival.DiscreteTime;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial record DiscreteTimeHazardResult
{
    /// <summary>The coefficients and hazard ratios of <see cref="ToResultTable"/> as aligned text.</summary>
    public override string ToString() => ToResultTable().ToString();
}
