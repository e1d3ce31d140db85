namespace JobFirst.Evaluation.Panel;

/// <summary>What a week coded as a censoring exit (997–999) does to follow-up.</summary>
public enum ExitHandling
{
    /// <summary>Follow-up ends before the first exit week (the person leaves the followable population).</summary>
    CensorAtExit,

    /// <summary>Exit weeks stay in the panel as ordinary weeks with category <c>exit</c>.</summary>
    KeepAsCategory,
}
