using JobFirst.Evaluation.Codebook;

namespace JobFirst.Evaluation.Simulation;

/// <summary>Mutable weekly arrays of one person while it is simulated; frozen into a <see cref="SimulatedPerson"/>.</summary>
internal sealed class PersonWeeks
{
    public PersonWeeks(int weeks)
    {
        Codes = new short[weeks];
        Hours = new double[weeks];
    }

    public short[] Codes { get; }

    public double[] Hours { get; }

    /// <summary>Hours rounded to two decimals (the written precision), so memory and files agree.</summary>
    public static double RoundHours(double hours) =>
        Math.Round(Math.Clamp(hours, 0.25, 168), 2, MidpointRounding.ToEven);

    public BenefitCategory[] Categories()
    {
        var c = new BenefitCategory[Codes.Length];
        for (int i = 0; i < c.Length; i++)
        {
            c[i] = SimulatedCodes.CategoryOf(Codes[i]);
        }
        return c;
    }
}
