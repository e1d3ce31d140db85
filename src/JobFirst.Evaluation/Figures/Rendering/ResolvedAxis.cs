using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>An axis after autoscaling: final limits, tick step and labelled ticks.</summary>
internal sealed record ResolvedAxis(double Min, double Max, double Step, IReadOnlyList<Tick> Ticks);
