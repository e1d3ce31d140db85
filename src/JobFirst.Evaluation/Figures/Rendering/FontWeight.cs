namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>Font weight.</summary>
public enum FontWeight
{
    /// <summary>Regular.</summary>
    Normal = 0,

    /// <summary>Bold.</summary>
    Bold = 1,
}
