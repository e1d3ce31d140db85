namespace JobFirst.Evaluation.Figures.Model;

/// <summary>Direction of bars and error bars.</summary>
public enum Orientation
{
    /// <summary>Bars rise from the x axis; error bars are vertical (estimate on y).</summary>
    Vertical = 0,

    /// <summary>Bars extend from the y axis; error bars are horizontal (estimate on x, as in forest plots).</summary>
    Horizontal = 1,
}
