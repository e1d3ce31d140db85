namespace JobFirst.Evaluation.Figures.Builders;

/// <summary>What the outcome values of a figure are, which decides tick formatting.</summary>
public enum ValueScale
{
    /// <summary>Proportions 0..1 (shares, indicators): levels in percent, effects in percentage points.</summary>
    Proportion = 0,

    /// <summary>Quantities in their own units (hours per week, counts).</summary>
    Number = 1,
}
