using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Panel;

/// <summary>The ISO weeks a register extract covers, inclusive at both ends.</summary>
/// <param name="First">First week column of the extract.</param>
/// <param name="Last">Last week column of the extract (the right-censoring point).</param>
public readonly record struct ExtractWindow(IsoWeek First, IsoWeek Last)
{
    /// <summary>Number of weeks in the extract.</summary>
    public int WeekCount => Last - First + 1;

    /// <summary>True when <paramref name="week"/> lies in the extract.</summary>
    public bool Contains(IsoWeek week) => week >= First && week <= Last;

    /// <summary>Offset of <paramref name="week"/> from <see cref="First"/> (may be outside 0..WeekCount−1).</summary>
    public int OffsetOf(IsoWeek week) => week - First;
}
