namespace JobFirst.Evaluation.Figures.Model;

/// <summary>
/// The "number at risk" strip under a Kaplan–Meier panel (as R's <c>survminer::ggsurvplot(risk.table = TRUE)</c>):
/// cells are centred under the panel's x positions <see cref="Times"/>.
/// </summary>
/// <param name="Title">Strip heading, e.g. "Number at risk".</param>
/// <param name="Times">X positions (data units of the panel's x axis).</param>
/// <param name="Rows">One row per curve.</param>
/// <param name="PanelIndex">Index of the panel the strip belongs to.</param>
public sealed record AtRiskTable(
    string Title,
    IReadOnlyList<double> Times,
    IReadOnlyList<AtRiskRow> Rows,
    int PanelIndex = 0
);
