namespace JobFirst.Evaluation.Register;

/// <summary>What a scan does when a roster person occurs in more than one register row (or person-week, in the long form).</summary>
public enum DuplicateRowPolicy
{
    /// <summary>Stop with an error naming both line numbers (default; like Stata's <c>merge 1:1</c>, which refuses non-unique keys).</summary>
    Error = 0,

    /// <summary>Keep the first row, skip later ones and count them in the linkage report (like R's <c>dplyr::distinct(id, .keep_all = TRUE)</c>).</summary>
    KeepFirst = 1,
}
