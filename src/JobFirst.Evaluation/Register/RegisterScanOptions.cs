using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Register;

/// <summary>Options of a register scan.</summary>
public sealed record RegisterScanOptions
{
    /// <summary>The default full-time monthly hours (37 h/week × 52 weeks / 12 months = 160.33 h).</summary>
    public const double DefaultFullTimeMonthlyHours = 160.33;

    /// <summary>Defaults: unknown codes and duplicate rows are errors, 160.33 full-time monthly hours.</summary>
    public static RegisterScanOptions Default { get; } = new();

    /// <summary>What to do with codes the codebook does not map.</summary>
    public UnknownCodePolicy UnknownCodes { get; init; } = UnknownCodePolicy.Error;

    /// <summary>What to do with repeated rows of a roster person.</summary>
    public DuplicateRowPolicy DuplicateRows { get; init; } = DuplicateRowPolicy.Error;

    /// <summary>Hours per month at employment degree 1 (<c>grad</c> = 1); converts <c>grad_YYYY_MM</c> to hours.</summary>
    public double FullTimeMonthlyHours { get; init; } = DefaultFullTimeMonthlyHours;
}
