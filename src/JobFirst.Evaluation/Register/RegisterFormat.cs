namespace JobFirst.Evaluation.Register;

/// <summary>The layout of a DREAM-style register file.</summary>
public enum RegisterFormat
{
    /// <summary>One row per person, one <c>y_YYWW</c> column per ISO week (DREAM's own layout; R <c>tidyr::pivot_wider</c> shape).</summary>
    Wide = 0,

    /// <summary>One row per person-week: <c>person_id, iso_week, code</c> (R <c>tidyr::pivot_longer</c> shape; Stata <c>reshape long</c>).</summary>
    LongForm = 1,
}
