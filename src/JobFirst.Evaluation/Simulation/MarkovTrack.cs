namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// A two-state weekly chain (in/out of a status) whose marginal probability follows a target curve:
/// with exit probability q and targets p_t, p_{t+1}, the entry probability
/// a_t = (p_{t+1} − p_t (1 − q)) / (1 − p_t) keeps P(in at t+1) = p_{t+1} when P(in at t) = p_t.
/// The exit probability fixes the spell length (mean 1/q weeks), the target fixes the level.
/// </summary>
internal struct MarkovTrack
{
    public bool State;

    /// <summary>Starts in the status with probability <paramref name="p"/> (the marginal at the first week).</summary>
    public void Start(DeterministicRandom rng, double p) => State = rng.Chance(p);

    /// <summary>Moves one week on; returns true when a new spell starts.</summary>
    public bool Step(DeterministicRandom rng, double pNow, double pNext, double exit)
    {
        if (State)
        {
            if (rng.Chance(exit))
            {
                State = false;
            }
            return false;
        }
        double entry = pNow >= 1 ? 1 : (pNext - pNow * (1 - exit)) / (1 - pNow);
        State = rng.Chance(Math.Clamp(entry, 0, 1));
        return State;
    }
}
