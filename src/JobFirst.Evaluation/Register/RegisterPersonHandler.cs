using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Register;

/// <summary>
/// Receives one roster person's register data during a scan.
/// </summary>
/// <param name="rosterIndex">The person's index in the roster.</param>
/// <param name="weeks">The person's category per week, indexed by (week − <see cref="RegisterLayout.FirstWeek"/>).</param>
/// <param name="gradWeeklyHours">
/// Weekly ordinary hours derived from the <c>grad_YYYY_MM</c> columns (employment degree ×
/// full-time monthly hours, spread equally over the ISO weeks whose Thursday lies in the month),
/// indexed like <paramref name="weeks"/>; empty when the register has no grad columns.
/// </param>
/// <remarks>
/// The spans are views of buffers the reader reuses for the next person: copy what you need to keep
/// before returning.
/// </remarks>
public delegate void RegisterPersonHandler(
    int rosterIndex,
    ReadOnlySpan<BenefitCategory> weeks,
    ReadOnlySpan<float> gradWeeklyHours
);
