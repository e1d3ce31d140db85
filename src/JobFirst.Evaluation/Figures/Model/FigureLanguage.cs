namespace JobFirst.Evaluation.Figures.Model;

/// <summary>Language of the labels figure builders generate and of number formatting in figures.</summary>
public enum FigureLanguage
{
    /// <summary>English labels; decimal point and thousands comma (<c>2,407.5</c>).</summary>
    English = 0,

    /// <summary>Danish labels; decimal comma and thousands point (<c>2.407,5</c>), as in the Danish evaluation reports.</summary>
    Danish = 1,
}
