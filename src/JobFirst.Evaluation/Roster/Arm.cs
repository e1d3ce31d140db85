namespace JobFirst.Evaluation.Roster;

/// <summary>
/// Randomised arm of a trial participant. The numeric values are the treatment dummy used by the
/// estimators (R: <c>estimatr::difference_in_means(y ~ treatment)</c> with <c>treatment</c> 0/1;
/// Stata: <c>regress y i.treatment</c>).
/// </summary>
public enum Arm
{
    /// <summary>Control group (<c>kontrolgruppe</c>); roster value <c>control</c> or <c>0</c>.</summary>
    Control = 0,

    /// <summary>Treatment group (<c>deltagergruppe</c>); roster value <c>treatment</c> or <c>1</c>.</summary>
    Treatment = 1,
}
