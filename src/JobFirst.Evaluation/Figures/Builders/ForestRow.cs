using JobFirst.Evaluation.Inference;

namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>One row of a forest plot: a subgroup or site estimate with its 95% interval.</summary>
/// <param name="Label">Row label (subgroup or site name).</param>
/// <param name="Estimate">Effect estimate (outcome units; proportions as fractions).</param>
/// <param name="ConfLow">Lower 95% limit.</param>
/// <param name="ConfHigh">Upper 95% limit.</param>
/// <param name="N">Optional persons behind the estimate; shown in the label and used for disclosure control.</param>
public sealed record ForestRow(string Label, double Estimate, double ConfLow, double ConfHigh, int? N = null)
{
    /// <summary>A row from a tidy estimate (estimate, conf_low, conf_high).</summary>
    public static ForestRow FromTidy(string label, TidyTerm term, int? n = null)
    {
        ArgumentNullException.ThrowIfNull(term);
        return new ForestRow(label, term.Estimate, term.ConfLow, term.ConfHigh, n);
    }
}
