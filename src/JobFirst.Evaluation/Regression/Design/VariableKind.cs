namespace JobFirst.Evaluation.Regression.Design;

/// <summary>How a right-hand-side variable enters the design matrix.</summary>
public enum VariableKind
{
    /// <summary>A numeric covariate entering linearly (R: a numeric column in <c>model.matrix</c>).</summary>
    Numeric,

    /// <summary>A factor coded by treatment contrasts against its reference level (R: <c>contr.treatment</c>; Stata: <c>i.x</c>).</summary>
    Factor,
}
