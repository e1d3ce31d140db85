using System.CommandLine;
using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Estimators.Adjusted;
using JobFirst.Evaluation.Estimators.Bands;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Linear;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Cli.Infrastructure;

/// <summary>
/// The difference-in-means options shared by <c>effects</c> and <c>sites</c>: <c>--population --blocks --clusters --se --ci
/// --level --min-cell</c>, and the band/adjustment options of <c>effects</c>.
/// </summary>
internal sealed class EffectOptions
{
    public Option<string> Population { get; } =
        new("--population")
        {
            Description =
                "available (everyone followed in the week) or balanced:K (only persons followed through week K).",
            DefaultValueFactory = _ => "available",
        };

    public Option<string?> Blocks { get; } =
        new("--blocks")
        {
            Description = "Roster column of randomisation blocks (e.g. site): estimatr's blocked difference in means.",
        };

    public Option<string?> Clusters { get; } =
        new("--clusters")
        {
            Description =
                "Roster column of assigned clusters: estimatr's clustered difference in means (CR2, Bell-McCaffrey df).",
        };

    public Option<string> Se { get; } =
        new("--se")
        {
            Description = "Standard error: welch (Neyman, Welch df; estimatr default) or classical (pooled, df n-2).",
            DefaultValueFactory = _ => "welch",
        };

    public Option<string> Ci { get; } =
        new("--ci")
        {
            Description = "Reference distribution: t (estimatr default) or normal.",
            DefaultValueFactory = _ => "t",
        };

    public Option<double> Level { get; } = ConfidenceLevelOption.Create();

    public Option<int> MinCell { get; } =
        new("--min-cell")
        {
            Description = "Suppress weeks/cells with fewer persons in an arm.",
            DefaultValueFactory = _ => 5,
        };

    public EffectOptions()
    {
        Se.AcceptOnlyFromAmong("welch", "classical");
        Ci.AcceptOnlyFromAmong("t", "normal");
    }

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Population, Blocks, Clusters, Se, Ci, Level, MinCell })
        {
            command.Options.Add(o);
        }
    }

    public WeeklyEffectOptions Parse(ParseResult parse)
    {
        double level = ConfidenceLevelOption.Read(parse, Level);
        if (parse.GetValue(MinCell) < 1)
        {
            throw new InputException("--min-cell must be at least 1");
        }
        bool blocks = parse.GetValue(Blocks) is not null;
        bool clusters = parse.GetValue(Clusters) is not null;
        var design =
            blocks && clusters ? DimDesign.BlockClustered
            : blocks ? DimDesign.Blocked
            : clusters ? DimDesign.Clustered
            : DimDesign.Standard;
        DimStandardError? se = parse.GetValue(Se) == "classical" ? DimStandardError.Classical : null;
        if (se is not null && clusters)
        {
            throw new InputException(
                "--se classical is not available with --clusters (estimatr's clustered design uses CR2)"
            );
        }
        return new WeeklyEffectOptions
        {
            Design = design,
            StandardError = se,
            Interval = parse.GetValue(Ci) == "normal" ? IntervalMethod.Normal : IntervalMethod.StudentT,
            Level = level,
            MinCell = parse.GetValue(MinCell),
        };
    }

    public Population ParsePopulation(ParseResult parse) =>
        Estimators.Weekly.Population.Parse(parse.GetValue(Population)!);

    public static IReadOnlyList<WeeklyIndicator> ParseOutcomes(string text)
    {
        var list = new List<WeeklyIndicator>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!WeeklyIndicatorNames.TryParse(name, out var i))
            {
                throw new InputException(
                    $"unknown outcome '{name}' (known: {string.Join(", ", WeeklyIndicatorNames.All.Select(x => x.ToName()))})"
                );
            }
            list.Add(i);
        }
        if (list.Count == 0)
        {
            throw new InputException("--outcome needs at least one indicator");
        }
        return list;
    }

    /// <summary>One stderr line with the exclusion counts of a result table's metadata (CSV output has no metadata).</summary>
    public static void Summarise(CliContext context, string command, ResultTable table)
    {
        var excluded = table
            .Metadata.Where(kv => kv.Key.StartsWith("excluded_", StringComparison.Ordinal))
            .Select(kv => $"{kv.Key["excluded_".Length..]} {kv.Value}")
            .ToList();
        context.Error.WriteLine(
            $"{command}: persons excluded: {(excluded.Count == 0 ? "none" : string.Join(", ", excluded))}"
        );
    }

    /// <summary>
    /// The covariate adjustment of <c>effects</c>: <c>--adjust-for a,b</c> (roster columns, history covariates),
    /// <c>--estimator dim|lin|ols</c> (default lin with <c>--adjust-for</c>, else dim) and
    /// <c>--vcov classical|hc0|hc1|hc2|hc3|cr0|stata|cr2</c> (default hc2, cr2 with <c>--clusters</c>).
    /// </summary>
    public static WeeklyEffectOptions ParseCovariateAdjustment(
        WeeklyEffectOptions options,
        string? adjustFor,
        string? estimator,
        string? vcov,
        bool seClassical
    )
    {
        var covariates = adjustFor is null
            ? []
            : adjustFor.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (adjustFor is not null && covariates.Length == 0)
        {
            throw new InputException("--adjust-for needs at least one covariate column");
        }
        var chosen = estimator?.Trim().ToLowerInvariant() switch
        {
            null => covariates.Length > 0 ? EffectEstimator.Lin : EffectEstimator.DifferenceInMeans,
            "dim" or "difference-in-means" => EffectEstimator.DifferenceInMeans,
            "lin" => EffectEstimator.Lin,
            "ols" => EffectEstimator.Ols,
            _ => throw new InputException($"--estimator must be dim, lin or ols, not '{estimator}'"),
        };
        if (chosen == EffectEstimator.DifferenceInMeans)
        {
            if (covariates.Length > 0)
            {
                throw new InputException(
                    "--adjust-for needs --estimator lin or ols (the difference in means is unadjusted)"
                );
            }
            if (vcov is not null)
            {
                throw new InputException("--vcov needs --estimator lin or ols (the difference in means uses --se)");
            }
            return options;
        }
        if (seClassical)
        {
            throw new InputException(
                "--se is the difference-in-means SE; with --estimator lin or ols choose the regression variance with --vcov"
            );
        }
        OlsVariance? variance = vcov?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "classical" => OlsVariance.Classical,
            "hc0" => OlsVariance.HC0,
            "hc1" => OlsVariance.HC1,
            "hc2" => OlsVariance.HC2,
            "hc3" => OlsVariance.HC3,
            "cr0" => OlsVariance.CR0,
            "stata" or "cr1" => OlsVariance.CR1Stata,
            "cr2" => OlsVariance.CR2,
            _ => throw new InputException(
                $"--vcov must be classical, hc0, hc1, hc2, hc3 (or cr0, stata, cr2 with --clusters), not '{vcov}'"
            ),
        };
        return options with { Estimator = chosen, Covariates = covariates, Variance = variance };
    }

    public static PValueAdjustment? ParseAdjustment(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            null or "" or "none" => null,
            "holm" => PValueAdjustment.Holm,
            "bh" or "fdr" => PValueAdjustment.BenjaminiHochberg,
            "bonferroni" => PValueAdjustment.Bonferroni,
            _ => throw new InputException($"--adjust must be holm, bh or bonferroni, not '{text}'"),
        };

    public static SimultaneousBandOptions ParseBand(string multiplier, int draws, string? seed)
    {
        var m = multiplier.Trim().ToLowerInvariant() switch
        {
            "gaussian" => BandMultiplier.Gaussian,
            "rademacher" => BandMultiplier.Rademacher,
            _ => throw new InputException($"--band-multiplier must be gaussian or rademacher, not '{multiplier}'"),
        };
        if (draws < 100)
        {
            throw new InputException("--band-draws must be at least 100");
        }
        ulong s = SimultaneousBandOptions.DefaultSeed;
        if (seed is not null && !ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out s))
        {
            throw new InputException($"--seed must be a non-negative integer, not '{seed}'");
        }
        return new SimultaneousBandOptions(m, draws, s);
    }
}
