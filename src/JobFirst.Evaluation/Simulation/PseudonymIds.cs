using System.Globalization;

namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// Unique pseudonymous ids <c>P000000</c>..<c>P999999</c>: the i-th id is (a·i + b) mod 10^6 with a coprime
/// to 10^6, so ids are distinct, look unordered and reveal nothing about the arm or visitation order.
/// </summary>
internal sealed class PseudonymIds
{
    private const long Modulus = 1_000_000;
    private readonly long _a;
    private readonly long _b;
    private long _i;

    public PseudonymIds(DeterministicRandom rng)
    {
        long a;
        do
        {
            a = 100_001 + rng.Below(800_000);
        } while (a % 2 == 0 || a % 5 == 0);
        _a = a;
        _b = rng.Below((int)Modulus);
    }

    public string Next()
    {
        long v = (_a * _i + _b) % Modulus;
        _i++;
        return "P" + v.ToString("D6", CultureInfo.InvariantCulture);
    }
}
