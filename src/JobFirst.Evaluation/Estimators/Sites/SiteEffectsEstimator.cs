using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Meta;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Sites;

namespace JobFirst.Evaluation.Estimators.Sites;

/// <summary>Computes a <see cref="SiteAnalysis"/> from the event panel.</summary>
public static class SiteEffectsEstimator
{
    /// <summary>Trait name of the site's control-group mean of the outcome.</summary>
    public const string ControlMeanTrait = "control_mean";

    /// <summary>
    /// Prefix of a derived trait "the site's effect on another indicator", e.g. <c>effect:internship</c> (same window) or
    /// <c>effect:internship@20:30</c> (its own window).
    /// </summary>
    public const string EffectTraitPrefix = "effect:";

    /// <summary>Per-site effects, their meta-analysis and the trait meta-regressions.</summary>
    /// <param name="panel">The event panel.</param>
    /// <param name="treated">Per person: true for the treatment arm.</param>
    /// <param name="sites">Site of each person (e.g. <c>PersonGrouping.FromRoster(roster, "site")</c>).</param>
    /// <param name="outcome">The indicator.</param>
    /// <param name="window">The window outcome compared within each site.</param>
    /// <param name="population">Population rule.</param>
    /// <param name="options">Conventions and traits.</param>
    /// <param name="siteTable">The site table with traits, or null (then only derived traits are available).</param>
    /// <param name="design">Cluster codes within sites, when the design is clustered; else null.</param>
    /// <exception cref="InputException">Fewer than two sites with an estimate, an unknown trait.</exception>
    public static SiteAnalysis Estimate(
        EventPanel panel,
        IReadOnlyList<bool> treated,
        PersonGrouping sites,
        WeeklyIndicator outcome,
        WindowSpec window,
        Population population,
        SiteAnalysisOptions? options = null,
        SiteTable? siteTable = null,
        DesignCodes? design = null
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(sites);
        options ??= new SiteAnalysisOptions();
        if (options.Effects.Design is DimDesign.Blocked or DimDesign.BlockClustered)
        {
            throw new InputException("site effects are estimated within sites; a blocked design does not apply");
        }
        if (options.Effects.IsAdjusted)
        {
            throw new InputException(
                "site effects use the difference in means; covariate adjustment (lin, ols) is available for weekly, window and subgroup effects"
            );
        }
        foreach (var trait in options.Traits)
        {
            ResolveTraitKind(trait, siteTable);
        }
        var effects = PanelWindowEffects.Estimate(
            panel,
            treated,
            [outcome],
            window,
            population,
            options.Effects,
            design,
            sites
        );
        var units = new List<MetaStudy>();
        var notes = new string?[effects.Count];
        for (int i = 0; i < effects.Count; i++)
        {
            var e = effects[i].Comparison;
            if (e.Result is { } r && double.IsFinite(r.StdError) && r.StdError > 0)
            {
                units.Add(new MetaStudy(sites.Levels[i], r.Estimate, r.StdError * r.StdError));
            }
            else
            {
                notes[i] =
                    e.Suppressed ? "suppressed: an arm has fewer than min_cell persons"
                    : e.Result is null ? e.Note ?? "no estimate"
                    : "standard error is 0 or undefined";
            }
        }
        if (units.Count < 2)
        {
            throw new InputException(
                FormattableString.Invariant(
                    $"site meta-analysis needs at least two sites with an estimate; {units.Count} of {sites.Levels.Count} have one"
                )
            );
        }
        var fixedEffect = MetaRegression.Fit(units, null, MetaMethod.FixedEffect, options.Test, options.Effects.Level);
        var random = MetaRegression.Fit(units, null, options.Method, options.Test, options.Effects.Level);
        var blups = random.Blups.ToDictionary(b => b.Label, StringComparer.Ordinal);
        var siteEffects = effects
            .Select(
                (w, i) =>
                    new SiteEffect(
                        sites.Levels[i],
                        w.Comparison.NTreated,
                        w.Comparison.NControl,
                        w.Comparison.MeanTreated,
                        w.Comparison.MeanControl,
                        w.Comparison.Result,
                        w.Comparison.Suppressed,
                        blups.GetValueOrDefault(sites.Levels[i]),
                        notes[i]
                    )
            )
            .ToList();

        var regressions = new List<SiteTraitRegression>();
        foreach (var trait in options.Traits)
        {
            var (values, source) = TraitValues(
                trait,
                siteTable,
                siteEffects,
                panel,
                treated,
                sites,
                window,
                population,
                options,
                design
            );
            var kept = new List<MetaStudy>();
            var x = new List<double>();
            foreach (var u in units)
            {
                double v = values[u.Label];
                if (double.IsFinite(v))
                {
                    kept.Add(u);
                    x.Add(v);
                }
            }
            int missing = units.Count - kept.Count;
            if (kept.Count < 3)
            {
                throw new InputException(
                    FormattableString.Invariant(
                        $"meta-regression on '{trait}' needs at least three sites with an estimate and the trait; {kept.Count} have both"
                    )
                );
            }
            foreach (var method in new[] { MetaMethod.FixedEffect, options.Method }.Distinct())
            {
                var fit = MetaRegression.Fit(
                    kept,
                    [new MetaModerator(trait, x)],
                    method,
                    options.Test,
                    options.Effects.Level
                );
                regressions.Add(new SiteTraitRegression(trait, source, fit, missing, x));
            }
        }
        return new SiteAnalysis
        {
            Outcome = outcome.ToName(),
            Window = window,
            Options = options,
            Sites = siteEffects,
            FixedEffect = fixedEffect,
            RandomEffects = random,
            Regressions = regressions,
            Exclusions = effects.Count > 0 ? effects[0].Exclusions : new Dictionary<string, long>(),
        };
    }

    private static string ResolveTraitKind(string trait, SiteTable? table)
    {
        if (table is not null && table.HasTrait(trait))
        {
            return "site_table";
        }
        if (string.Equals(trait, ControlMeanTrait, StringComparison.OrdinalIgnoreCase))
        {
            return "derived";
        }
        if (TryParseEffectTrait(trait, out _, out _))
        {
            return "derived";
        }
        var known = (table?.TraitNames ?? []).Concat([ControlMeanTrait, EffectTraitPrefix + "INDICATOR"]);
        throw new InputException(
            $"unknown site trait '{trait}' (site table traits and derived traits: {string.Join(", ", known)})",
            table?.SourceFile
        );
    }

    /// <summary>
    /// Parses <c>effect:INDICATOR</c> or <c>effect:INDICATOR@FROM:TO[:mean|sum|ever]</c> (the other outcome's own window,
    /// e.g. <c>effect:internship@20:30</c>; default: the analysed outcome's window).
    /// </summary>
    internal static bool TryParseEffectTrait(string trait, out WeeklyIndicator indicator, out WindowSpec? window)
    {
        indicator = default;
        window = null;
        if (!trait.StartsWith(EffectTraitPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var rest = trait[EffectTraitPrefix.Length..];
        int at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var spec = rest[(at + 1)..];
            window = WindowSpec.Parse(spec.Count(c => c == ':') == 1 ? spec + ":mean" : spec);
            rest = rest[..at];
        }
        return WeeklyIndicatorNames.TryParse(rest, out indicator);
    }

    private static (Dictionary<string, double> Values, string Source) TraitValues(
        string trait,
        SiteTable? table,
        IReadOnlyList<SiteEffect> siteEffects,
        EventPanel panel,
        IReadOnlyList<bool> treated,
        PersonGrouping sites,
        WindowSpec window,
        Population population,
        SiteAnalysisOptions options,
        DesignCodes? design
    )
    {
        string source = ResolveTraitKind(trait, table);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (source == "site_table")
        {
            foreach (var s in siteEffects)
            {
                values[s.Site] = table!.Value(s.Site, trait);
            }
            return (values, source);
        }
        if (string.Equals(trait, ControlMeanTrait, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var s in siteEffects)
            {
                values[s.Site] = s.MeanControl ?? double.NaN;
            }
            return (values, source);
        }
        if (!TryParseEffectTrait(trait, out var other, out var otherWindow))
        {
            throw new InputException($"unknown indicator in site trait '{trait}'");
        }
        var otherEffects = PanelWindowEffects.Estimate(
            panel,
            treated,
            [other],
            otherWindow ?? window,
            population,
            options.Effects,
            design,
            sites
        );
        for (int i = 0; i < otherEffects.Count; i++)
        {
            values[sites.Levels[i]] = otherEffects[i].Comparison.Result?.Estimate ?? double.NaN;
        }
        return (values, source);
    }
}
