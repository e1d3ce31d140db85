namespace JobFirst.Evaluation.Estimators.Meta;

/// <summary>A numeric moderator (site trait) of a meta-regression, one value per unit.</summary>
/// <param name="Name">Trait name; becomes the coefficient's term.</param>
/// <param name="Values">One value per unit, aligned with the units.</param>
public sealed record MetaModerator(string Name, IReadOnlyList<double> Values);
