namespace JobFirst.Evaluation.Figures.Model;

/// <summary>Marker drawn at data points.</summary>
public enum MarkerShape
{
    /// <summary>No marker.</summary>
    None = 0,

    /// <summary>Filled circle.</summary>
    Circle = 1,

    /// <summary>Filled square.</summary>
    Square = 2,

    /// <summary>Filled diamond (pooled estimates in forest plots).</summary>
    Diamond = 3,
}
