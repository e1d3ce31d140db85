namespace JobFirst.Evaluation.Codebook;

/// <summary>What a register scan does with codes absent from the codebook (or not valid in that week).</summary>
public enum UnknownCodePolicy
{
    /// <summary>
    /// Stop with one error listing every unknown code and its cell count (default; like R's
    /// <c>match(code, codebook$code)</c> followed by <c>stopifnot(!anyNA(...))</c>).
    /// </summary>
    Error = 0,

    /// <summary>
    /// Map unknown codes to <see cref="BenefitCategory.Other"/> and report the counts in the linkage
    /// report (like Stata's <c>recode code (missing = 99 "other")</c> after a <c>merge</c>).
    /// </summary>
    MapToOther = 1,
}
