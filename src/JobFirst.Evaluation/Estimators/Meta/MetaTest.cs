namespace JobFirst.Evaluation.Estimators.Meta;

/// <summary>Reference distribution for the coefficients of a meta-analysis or meta-regression.</summary>
public enum MetaTest
{
    /// <summary>Wald z tests and normal intervals with V = (X'WX)⁻¹; R <c>metafor::rma(..., test = "z")</c> (the default).</summary>
    Z,

    /// <summary>
    /// Knapp &amp; Hartung (2003): V scaled by s² = Σwᵢ(yᵢ − xᵢ'β)²/(k − p) (not truncated at 1), t(k − p) tests and
    /// intervals, F(m, k − p) omnibus test; R <c>metafor::rma(..., test = "knha")</c>. With
    /// <see cref="MetaMethod.FixedEffect"/> this is exactly <c>lm(yi ~ mods, weights = 1/vi)</c>.
    /// </summary>
    KnappHartung,
}
