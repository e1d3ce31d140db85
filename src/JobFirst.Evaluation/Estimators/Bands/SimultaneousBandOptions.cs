namespace JobFirst.Evaluation.Estimators.Bands;

/// <summary>How a simultaneous confidence band across weeks is computed.</summary>
/// <param name="Multiplier">Multiplier distribution (default Gaussian).</param>
/// <param name="Draws">Bootstrap draws (default 10,000).</param>
/// <param name="Seed">Seed of the deterministic generator (recorded in the result; default 20170501).</param>
/// <param name="Level">Simultaneous coverage (default 0.95).</param>
public sealed record SimultaneousBandOptions(
    BandMultiplier Multiplier = BandMultiplier.Gaussian,
    int Draws = 10_000,
    ulong Seed = SimultaneousBandOptions.DefaultSeed,
    double Level = 0.95
)
{
    /// <summary>The default seed, 20170501 (the midterm report's month).</summary>
    public const ulong DefaultSeed = 20170501;

    /// <summary>Checks the options.</summary>
    internal void Validate()
    {
        if (Draws < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Draws), Draws, "A band needs at least 100 bootstrap draws.");
        }
        if (Level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Level), Level, "The band level must lie in (0,1).");
        }
    }
}
