namespace JobFirst.Evaluation.Survival.Cox;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial record CoxRegressionResult
{
    /// <summary>The coefficient, test and statistic rows of <see cref="ToTable"/> as aligned text.</summary>
    public override string ToString() => ToTable().ToString();
}
