namespace JobFirst.Evaluation.Panel;

/// <summary>
/// History covariates of one person over event weeks −155..0, the three years before visitation
/// (seed 001:77). Counts are in weeks.
/// </summary>
/// <param name="WeeksObserved">History weeks inside the extract (156 when the extract reaches back far enough).</param>
/// <param name="WeeksEmployed">Weeks with ordinary hours &gt; 0.</param>
/// <param name="WeeksSelfSupporting">Weeks without any transfer payment.</param>
/// <param name="WeeksSick">Weeks on sickness benefit.</param>
public readonly record struct PersonHistory(
    int WeeksObserved,
    int WeeksEmployed,
    int WeeksSelfSupporting,
    int WeeksSick
);
