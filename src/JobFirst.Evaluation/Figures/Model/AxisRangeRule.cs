namespace JobFirst.Evaluation.Figures.Model;

/// <summary>How an axis chooses its limits from the data when no manual limits are set.</summary>
public enum AxisRangeRule
{
    /// <summary>Cover the data, rounded out to whole tick steps.</summary>
    Data = 0,

    /// <summary>Cover the data and zero (levels, shares, bars).</summary>
    IncludeZero = 1,

    /// <summary>Symmetric around zero (effects, differences): the honest axis for a signed estimate.</summary>
    ZeroCentred = 2,
}
