namespace JobFirst.Evaluation.Survival.KaplanMeier;

// Script and notebook conveniences: printing as an aligned text table.
public sealed partial class KaplanMeierResult
{
    /// <summary>The curve steps of <see cref="ToResultTable"/> (small cells suppressed at the default 5) as aligned text.</summary>
    public override string ToString() => ToResultTable().ToString();
}
