namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// A small, fully specified pseudo-random generator (xoshiro256** seeded through SplitMix64;
/// Blackman &amp; Vigna 2018, https://prng.di.unimi.it/), so a simulation seed gives the same sequence on
/// every .NET version and platform. <see cref="System.Random"/> is avoided on purpose: its seeded
/// algorithm is an implementation detail.
/// </summary>
/// <remarks>
/// Only IEEE-754 basic operations (+, −, ×, ÷, square root) are used on the returned values, never
/// library transcendental functions whose last bit may differ between platforms; normal deviates come
/// from the Irwin–Hall sum of twelve uniforms.
/// </remarks>
internal sealed class DeterministicRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A generator for stream <paramref name="stream"/> of master seed <paramref name="seed"/>.</summary>
    public DeterministicRandom(ulong seed, ulong stream)
    {
        // Mixing the stream id through SplitMix64 first makes neighbouring streams (person i, i+1) unrelated.
        ulong x = SplitMix(ref seed) ^ (stream * 0xD1B54A32D192ED03UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits (xoshiro256**).</summary>
    public ulong NextBits()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double Uniform() => (NextBits() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => Uniform() < p;

    /// <summary>Uniform integer in [0, <paramref name="n"/>) (Lemire's multiply-shift, negligible bias for small n).</summary>
    public int Below(int n) => (int)((NextBits() >> 32) * (ulong)n >> 32);

    /// <summary>Approximately standard normal: Irwin–Hall sum of twelve uniforms minus six (range ±6).</summary>
    public double Normal()
    {
        double s = 0;
        for (int i = 0; i < 12; i++)
        {
            s += Uniform();
        }
        return s - 6.0;
    }

    /// <summary>Index drawn from unnormalised non-negative <paramref name="weights"/>.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights)
        {
            total += w;
        }
        double u = Uniform() * total;
        for (int i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
