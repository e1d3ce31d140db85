namespace JobFirst.Evaluation.Simulation;

/// <summary>A simulated jobcentre or municipality with its planted (true) effect.</summary>
/// <param name="Name">Site name as written in the roster.</param>
/// <param name="Persons">Roster persons at the site.</param>
/// <param name="EffectMultiplier">
/// Planted multiplier on the treatment effects (1 = average site; JobFirst only, otherwise the site's
/// multiplier on the success probability's odds).
/// </param>
public sealed record SimulatedSite(string Name, int Persons, double EffectMultiplier);
