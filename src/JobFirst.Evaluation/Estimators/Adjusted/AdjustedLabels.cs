using System.Globalization;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Estimators.Adjusted;

/// <summary>Names, reference calls and metadata of the covariate-adjusted estimators.</summary>
public static class AdjustedLabels
{
    /// <summary>Short estimator name for metadata (<c>lm_lin</c> or <c>lm_robust (additive covariates)</c>).</summary>
    public static string EstimatorName(WeeklyEffectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Estimator == EffectEstimator.Lin ? "lm_lin" : "lm_robust (additive covariates)";
    }

    /// <summary>
    /// The R call reproduced on one week's complete cases, e.g.
    /// <c>estimatr::lm_lin(y ~ t, covariates = ~ gender + site, clusters = g, se_type = "CR2")</c>.
    /// </summary>
    /// <param name="options">The conventions (a blocked design adds the block factor, written <c>block</c>).</param>
    public static string Reference(WeeklyEffectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? blocks = options.Design is DimDesign.Blocked or DimDesign.BlockClustered ? "block" : null;
        bool clustered = options.Design is DimDesign.Clustered or DimDesign.BlockClustered;
        string se = $"se_type = \"{options.ResolvedVariance.ToEstimatrSeType()}\"";
        string cl = clustered ? "clusters = g, " : "";
        var terms = options.Covariates.ToList();
        if (options.Estimator == EffectEstimator.Lin)
        {
            if (blocks is not null)
            {
                terms.Add($"factor({blocks})");
            }
            return terms.Count == 0
                ? $"estimatr::lm_robust(y ~ t, {cl}{se})"
                : $"estimatr::lm_lin(y ~ t, covariates = ~ {string.Join(" + ", terms)}, {cl}{se})";
        }
        string rhs = string.Concat(terms.Select(t => " + " + t));
        string fe = blocks is null ? "" : $"fixed_effects = ~ {blocks}, ";
        return $"estimatr::lm_robust(y ~ t{rhs}, {fe}{cl}{se})";
    }

    /// <summary>Adds the adjusted estimator's conventions to a metadata dictionary.</summary>
    /// <param name="metadata">Destination.</param>
    /// <param name="options">The conventions.</param>
    /// <param name="fits">The adjusted fits (null where a week had none).</param>
    /// <param name="suffix">Appended to the reference, e.g. <c>one call per week</c>.</param>
    public static void AddMetadata(
        IDictionary<string, string> metadata,
        WeeklyEffectOptions options,
        IEnumerable<CovariateAdjustedEffect?> fits,
        string suffix
    )
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fits);
        var list = fits.ToList();
        var first = list.FirstOrDefault(f => f is not null);
        metadata["se_type"] = options.ResolvedVariance.ToString();
        metadata["df_method"] = first?.DfMethod.ToString() ?? "";
        metadata["reference"] = Reference(options) + ", " + suffix;
        metadata["covariates"] = options.Covariates.Count == 0 ? "none" : string.Join(", ", options.Covariates);
        metadata["covariate_rule"] =
            "complete cases: a person with a missing value in any covariate is left out of every week (counts per column in excluded_missing_<column>)";
        if (options.Design is DimDesign.Blocked or DimDesign.BlockClustered)
        {
            metadata["blocks_as"] =
                options.Estimator == EffectEstimator.Lin
                    ? "a factor covariate (centred and interacted); blocks without 2 persons per arm left out of the week"
                    : "fixed effects (block dummies); blocks without 2 persons per arm left out of the week";
        }
        int aliased = list.Count(f => f is { AliasedColumns.Count: > 0 });
        if (aliased > 0)
        {
            metadata["weeks_with_aliased_columns"] = aliased.ToString(CultureInfo.InvariantCulture);
        }
    }
}
