using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Glm;

namespace JobFirst.Evaluation.Regression.Margins;

/// <summary>
/// Predictive margins, average marginal effects and level contrasts after a logistic fit
/// (Stata <c>margins</c> conventions; R <c>marginaleffects::avg_predictions</c> / <c>avg_slopes</c>),
/// computed over the estimation rows with every row's own covariates (no "at means").
/// A factor or a numeric 0/1 variable gets discrete changes; any other numeric variable the
/// analytic derivative, accounting for interactions.
/// </summary>
public static class LogisticMargins
{
    /// <summary>Computes the margins of <paramref name="variable"/> under the fit's variance and confidence level.</summary>
    /// <exception cref="InputException">The variable is not on the right-hand side of the formula.</exception>
    public static MarginsResult Compute(LogisticRegressionResult fit, string variable)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(variable);
        if (fit.Link != GlmLink.Logit)
        {
            throw new InputException("margins are implemented for the logit link only");
        }
        var design = fit.Design;
        int vi = design.VariableIndex(variable);
        if (vi < 0)
        {
            throw new InputException(
                $"margins: '{variable}' is not a variable of the formula '{design.Formula.Text}' (variables: {string.Join(", ", design.Variables.Select(v => v.Name))})"
            );
        }
        var v = design.Variables[vi];
        var state = fit.State;
        var encoder = new RowEncoder(design.Variables, design.DesignColumns);
        int k = state.Kept.Count;
        var cov = fit.Covariance;
        double level = fit.ConfidenceLevel;

        if (v.Kind == VariableKind.Numeric && !v.IsBinary)
        {
            var (ame, jac) = Derivative(state, encoder, vi);
            var row = Wald(variable, ame, jac, cov, k, level, 1);
            return new MarginsResult(variable, MarginalEffectKind.Derivative, fit.Variance, [], [row], []);
        }

        var labels = v.Kind == VariableKind.Factor ? v.Levels : ["0", "1"];
        int reference = v.Kind == VariableKind.Factor ? v.ReferenceIndex : 0;
        var means = new double[labels.Count];
        var jacobians = new double[labels.Count][];
        for (int l = 0; l < labels.Count; l++)
        {
            (means[l], jacobians[l]) = Counterfactual(state, encoder, vi, l, l);
        }
        var predictive = new List<TidyTerm>();
        for (int l = 0; l < labels.Count; l++)
        {
            predictive.Add(Wald($"{variable}={labels[l]}", means[l], jacobians[l], cov, k, level, 1));
        }
        var effects = new List<TidyTerm>();
        for (int l = 0; l < labels.Count; l++)
        {
            if (l != reference)
            {
                effects.Add(Difference(variable, labels, l, reference, means, jacobians, cov, k, level, 1));
            }
        }
        var contrasts = new List<TidyTerm>();
        for (int a = 0; a < labels.Count; a++)
        {
            for (int b = a + 1; b < labels.Count; b++)
            {
                contrasts.Add(Difference(variable, labels, b, a, means, jacobians, cov, k, level, 100));
            }
        }
        return new MarginsResult(
            variable,
            MarginalEffectKind.DiscreteChange,
            fit.Variance,
            predictive,
            effects,
            contrasts
        );
    }

    private static TidyTerm Difference(
        string variable,
        IReadOnlyList<string> labels,
        int to,
        int from,
        double[] means,
        double[][] jacobians,
        IReadOnlyList<double> cov,
        int k,
        double level,
        double scale
    )
    {
        var j = new double[k];
        for (int a = 0; a < k; a++)
        {
            j[a] = jacobians[to][a] - jacobians[from][a];
        }
        return Wald($"{variable}: {labels[to]} - {labels[from]}", means[to] - means[from], j, cov, k, level, scale);
    }

    private static TidyTerm Wald(
        string term,
        double estimate,
        double[] jacobian,
        IReadOnlyList<double> cov,
        int k,
        double level,
        double scale
    )
    {
        double var = 0;
        for (int a = 0; a < k; a++)
        {
            double s = 0;
            for (int b = 0; b < k; b++)
            {
                s += cov[a * k + b] * jacobian[b];
            }
            var += jacobian[a] * s;
        }
        return WaldInference.Compute(
            term,
            scale * estimate,
            scale * Math.Sqrt(Math.Max(var, 0)),
            double.PositiveInfinity,
            level
        );
    }

    /// <summary>Kept-column positions whose design column involves <paramref name="variable"/>.</summary>
    private static int[] Involved(LogisticFitState state, int variable) =>
        [
            .. Enumerable
                .Range(0, state.Kept.Count)
                .Where(a => state.Design.DesignColumns[state.Kept[a]].Involves(variable)),
        ];

    /// <summary>
    /// Weighted mean of μ with the variable set for all rows, and its gradient Σ w μ(1−μ) x / Σ w.
    /// Only the columns involving the variable are re-evaluated; η shifts by Σ β_a (x_a(set) − x_a).
    /// </summary>
    private static (double Mean, double[] Jacobian) Counterfactual(
        LogisticFitState state,
        RowEncoder encoder,
        int variable,
        double number,
        int levelCode
    )
    {
        var d = state.Data;
        var kept = state.Kept;
        int k = kept.Count;
        var involved = Involved(state, variable);
        var changed = new double[involved.Length];
        var jac = new double[k];
        double sum = 0;
        double total = 0;
        for (int i = 0; i < d.N; i++)
        {
            double w = d.Weight(i);
            if (w == 0)
            {
                continue;
            }
            int o = i * k;
            double eta = state.Eta[i];
            for (int m = 0; m < involved.Length; m++)
            {
                int a = involved[m];
                changed[m] = encoder.Value(kept[a], i, variable, number, levelCode);
                eta += state.Beta[a] * (changed[m] - d.X[o + a]);
            }
            double mu = 1 / (1 + Math.Exp(-eta));
            double dv = w * mu * (1 - mu);
            sum += w * mu;
            total += w;
            for (int a = 0; a < k; a++)
            {
                jac[a] += dv * d.X[o + a];
            }
            for (int m = 0; m < involved.Length; m++)
            {
                int a = involved[m];
                jac[a] += dv * (changed[m] - d.X[o + a]);
            }
        }
        for (int a = 0; a < k; a++)
        {
            jac[a] /= total;
        }
        return (sum / total, jac);
    }

    /// <summary>
    /// AME = Σ w μ(1−μ) η'_x / Σ w with η'_x = Σ_a β_a ∂X_a/∂x; gradient
    /// Σ w [μ(1−μ)(1−2μ) η'_x X_a + μ(1−μ) ∂X_a/∂x] / Σ w.
    /// </summary>
    private static (double Ame, double[] Jacobian) Derivative(LogisticFitState state, RowEncoder encoder, int variable)
    {
        var d = state.Data;
        var kept = state.Kept;
        int k = kept.Count;
        var involved = Involved(state, variable);
        var dx = new double[involved.Length];
        var jac = new double[k];
        double sum = 0;
        double total = 0;
        for (int i = 0; i < d.N; i++)
        {
            double w = d.Weight(i);
            if (w == 0)
            {
                continue;
            }
            int o = i * k;
            double deta = 0;
            for (int m = 0; m < involved.Length; m++)
            {
                dx[m] = encoder.Derivative(kept[involved[m]], i, variable);
                deta += state.Beta[involved[m]] * dx[m];
            }
            double mu = 1 / (1 + Math.Exp(-state.Eta[i]));
            double v = mu * (1 - mu);
            sum += w * v * deta;
            total += w;
            double c1 = w * v * (1 - 2 * mu) * deta;
            for (int a = 0; a < k; a++)
            {
                jac[a] += c1 * d.X[o + a];
            }
            for (int m = 0; m < involved.Length; m++)
            {
                jac[involved[m]] += w * v * dx[m];
            }
        }
        for (int a = 0; a < k; a++)
        {
            jac[a] /= total;
        }
        return (sum / total, jac);
    }
}
