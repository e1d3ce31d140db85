namespace JobFirst.Evaluation.Hours;

/// <summary>The time unit hours were delivered in.</summary>
public enum HoursResolution
{
    /// <summary>Weekly ordinary hours, <c>person_id, iso_week, hours</c>.</summary>
    Weekly = 0,

    /// <summary>
    /// Monthly ordinary hours (eIndkomst), <c>person_id, month, hours</c>, spread equally over the ISO weeks
    /// whose Thursday lies in the month (STAR's week-to-month convention).
    /// </summary>
    Monthly = 1,
}
