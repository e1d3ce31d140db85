using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>Where one panel's parts go, computed before anything is drawn.</summary>
internal sealed record PanelLayout(
    int Index,
    Plot Plot,
    PixelRect Cell,
    PixelRect DataArea,
    ResolvedAxis X,
    ResolvedAxis Y,
    CoordinateMapper Map,
    IReadOnlyList<LegendItem> LegendItems,
    IReadOnlyList<IReadOnlyList<LegendItem>> LegendRows,
    double LegendTop,
    double AtRiskTop
);
