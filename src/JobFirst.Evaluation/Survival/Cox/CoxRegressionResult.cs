using System.Globalization;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Disclosure;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>
/// A fitted Cox model: tidy coefficients (log hazard ratios, z inference, df = ∞) under the chosen variance,
/// hazard ratios, the global tests, concordance and the choices that produced them. Immutable;
/// <see cref="WithVariance"/> returns a new result and <see cref="ProportionalHazardsTest"/> computes R's <c>cox.zph</c>.
/// </summary>
public sealed partial record CoxRegressionResult
{
    private CoxRegressionResult(CoxFitState state) => State = state;

    internal CoxFitState State { get; }

    /// <summary>The formula as written.</summary>
    public required string Formula { get; init; }

    /// <summary>The survival columns, strata, weights and cluster.</summary>
    public required CoxSpecification Specification { get; init; }

    /// <summary>Ties approximation.</summary>
    public required CoxTies Ties { get; init; }

    /// <summary>Variance estimator behind <see cref="Coefficients"/>, <see cref="WaldTest"/> and the intervals.</summary>
    public required CoxVariance Variance { get; init; }

    /// <summary>Confidence level of the intervals.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>True for (start, stop] data (R fits it with <c>agreg.fit</c>).</summary>
    public required bool CountingProcess { get; init; }

    /// <summary>Coefficients β (log hazard ratios per unit) of the estimable columns, R-style names.</summary>
    public required IReadOnlyList<TidyTerm> Coefficients { get; init; }

    /// <summary>exp(β) with exponentiated Wald limits, same order as <see cref="Coefficients"/>.</summary>
    public required IReadOnlyList<HazardRatio> HazardRatios { get; init; }

    /// <summary>Names of the estimated columns.</summary>
    public required IReadOnlyList<string> ColumnNames { get; init; }

    /// <summary>Aliased (singular) columns dropped from the fit, as R's <c>NA</c> coefficients.</summary>
    public required IReadOnlyList<string> AliasedColumns { get; init; }

    /// <summary>Coefficient covariance under <see cref="Variance"/>, k×k row-major in <see cref="ColumnNames"/> order.</summary>
    public required IReadOnlyList<double> Covariance { get; init; }

    /// <summary>Model-based covariance I(β̂)⁻¹ (R: <c>fit$naive.var</c> of a robust fit, else <c>fit$var</c>).</summary>
    public required IReadOnlyList<double> ModelCovariance { get; init; }

    /// <summary>Log partial likelihood at β = 0 (R: <c>fit$loglik[1]</c>).</summary>
    public required double LogLikelihoodNull { get; init; }

    /// <summary>Log partial likelihood at β̂ (R: <c>fit$loglik[2]</c>).</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>2(ℓ(β̂) − ℓ(0)) on k df (R: <c>summary(fit)$logtest</c>; Stata: <c>LR chi2</c>).</summary>
    public required CoxChiSquareTest LikelihoodRatioTest { get; init; }

    /// <summary>β̂ᵀV⁻¹β̂ on k df with V = <see cref="Covariance"/> (R: <c>summary(fit)$waldtest</c>; Stata: <c>Wald chi2</c> with robust V).</summary>
    public required CoxChiSquareTest WaldTest { get; init; }

    /// <summary>Score test U(0)ᵀI(0)⁻¹U(0) on k df, the (stratified) log-rank test for a single factor (R: <c>summary(fit)$sctest</c>).</summary>
    public required CoxChiSquareTest ScoreTest { get; init; }

    /// <summary>Robust score test from the score residuals at β = 0 summed within clusters (R: <c>summary(fit)$robscore</c>); null for the model variance.</summary>
    public required CoxChiSquareTest? RobustScoreTest { get; init; }

    /// <summary>Harrell's C of the linear predictor (R: <c>fit$concordance</c>), SE clustered under a cluster variance.</summary>
    public required CoxConcordance Concordance { get; init; }

    /// <summary>AIC = −2ℓ + 2k (R: <c>AIC(fit)</c>).</summary>
    public required double Aic { get; init; }

    /// <summary>BIC = −2ℓ + k·log(events) (R: <c>BIC(fit)</c>, whose <c>nobs</c> for coxph is the number of events).</summary>
    public required double Bic { get; init; }

    /// <summary>Newton–Raphson iterations (R: <c>fit$iter</c>).</summary>
    public required int Iterations { get; init; }

    /// <summary>True when the convergence rule was met within the iteration limit.</summary>
    public required bool Converged { get; init; }

    /// <summary>Columns whose coefficient may be infinite (monotone likelihood; R's "Loglik converged before variable ..." warning).</summary>
    public required IReadOnlyList<string> InfiniteCoefficients { get; init; }

    /// <summary>Warnings in words (non-convergence, infinite coefficients, aliased columns).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Data rows used (R: <c>fit$n</c>).</summary>
    public required int Rows { get; init; }

    /// <summary>Rows with an event (R: <c>fit$nevent</c>, unweighted).</summary>
    public required int Events { get; init; }

    /// <summary>Σ frequency weights over the rows used (= <see cref="Rows"/> unweighted).</summary>
    public required double Observations { get; init; }

    /// <summary>Σ frequency weights over the event rows.</summary>
    public required double WeightedEvents { get; init; }

    /// <summary>Number of strata (1 without strata).</summary>
    public required int Strata { get; init; }

    /// <summary>Number of clusters when a cluster column was given, else 0.</summary>
    public required int Clusters { get; init; }

    /// <summary>Rows dropped for missing values and why.</summary>
    public required MissingDataReport DroppedRows { get; init; }

    /// <summary>Disclosure counts of the 0/1 design columns (see <see cref="WithheldTerms"/>).</summary>
    public IReadOnlyList<BinaryColumnCount> BinaryColumns { get; init; } = [];

    /// <summary>The same fit with another variance estimator and/or confidence level (estimates unchanged).</summary>
    public CoxRegressionResult WithVariance(CoxVariance variance, double? confidenceLevel = null)
    {
        double level = confidenceLevel ?? ConfidenceLevel;
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(confidenceLevel),
                level,
                "Confidence level must lie in (0,1)."
            );
        }
        var inference = CoxInference.Compute(State, variance, level);
        return this with
        {
            Variance = variance,
            ConfidenceLevel = level,
            Coefficients = inference.Coefficients,
            HazardRatios = inference.HazardRatios,
            Covariance = inference.Covariance,
            WaldTest = inference.Wald,
            RobustScoreTest = inference.RobustScore,
            Concordance = inference.Concordance,
        };
    }

    /// <summary>R's <c>cox.zph(fit, transform)</c> (survival ≥ 3.0 score test), per term and global.</summary>
    public CoxZphResult ProportionalHazardsTest(CoxZphTransform transform = CoxZphTransform.KaplanMeier) =>
        CoxZph.Compute(State, transform);

    /// <summary>One-line summary: rows, events, dropped rows, aliased columns, convergence, variance.</summary>
    public string Describe()
    {
        var parts = new List<string>
        {
            Invariant($"n = {Rows} rows, {Events} events"),
            DroppedRows.Describe(),
            AliasedColumns.Count == 0
                ? "no aliased columns"
                : $"aliased and dropped: {string.Join(", ", AliasedColumns)}",
            Converged ? Invariant($"converged after {Iterations} iterations") : "NOT converged",
            $"ties {Ties.ToString().ToLowerInvariant()}",
            $"variance {Variance}" + (Clusters > 0 ? Invariant($" ({Clusters} clusters)") : ""),
        };
        if (Strata > 1)
        {
            parts.Add(Invariant($"{Strata} strata"));
        }
        return string.Join("; ", parts);
    }

    /// <summary>The tidy CSV/JSON columns of <see cref="ToTable"/>, in order.</summary>
    public static IReadOnlyList<string> TableColumns { get; } =
    ["table", .. TidyTerm.ColumnNames, "hazard_ratio", "hr_conf_low", "hr_conf_high"];

    /// <summary>
    /// Long table: <c>table</c> ∈ coefficient, aliased, test (χ² in <c>statistic</c>), statistic (value in
    /// <c>estimate</c>), zph (when <paramref name="proportionalHazards"/> is given), warning (text in <c>term</c>).
    /// </summary>
    /// <param name="proportionalHazards">The <c>cox.zph</c> tests to append, if any.</param>
    /// <param name="minCell">
    /// Disclosure threshold (1 = off, the default): with more, a <c>suppressed</c> column is added and rows resting on
    /// 1..min−1 persons are blanked — see <see cref="WithheldTerms"/>.
    /// </param>
    public ResultTable ToTable(CoxZphResult? proportionalHazards = null, int minCell = 1)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (int j = 0; j < Coefficients.Count; j++)
        {
            var t = Coefficients[j];
            var hr = HazardRatios[j];
            rows.Add([
                "coefficient",
                t.Term,
                t.Estimate,
                t.StdError,
                t.Statistic,
                t.PValue,
                t.ConfLow,
                t.ConfHigh,
                t.Df,
                hr.Estimate,
                hr.ConfLow,
                hr.ConfHigh,
            ]);
        }
        foreach (var a in AliasedColumns)
        {
            rows.Add(["aliased", a, null, null, null, null, null, null, null, null, null, null]);
        }
        var tests = new List<CoxChiSquareTest> { LikelihoodRatioTest, WaldTest, ScoreTest };
        if (RobustScoreTest is not null)
        {
            tests.Add(RobustScoreTest);
        }
        foreach (var test in tests)
        {
            rows.Add(Test("test", test));
        }
        foreach (var (name, value) in Statistics())
        {
            rows.Add(["statistic", name, value, null, null, null, null, null, null, null, null, null]);
        }
        if (proportionalHazards is not null)
        {
            foreach (var test in proportionalHazards.Tests)
            {
                rows.Add(Test("zph", test));
            }
            if (proportionalHazards.Global is not null)
            {
                rows.Add(Test("zph", proportionalHazards.Global));
            }
        }
        foreach (var w in Warnings)
        {
            rows.Add(["warning", w, null, null, null, null, null, null, null, null, null, null]);
        }
        var metadata = new Dictionary<string, string>
        {
            ["estimator"] = "Cox proportional hazards, Newton-Raphson on the partial likelihood (R coxph)",
            ["formula"] = Formula,
            ["ties"] = Ties.ToString().ToLowerInvariant(),
            ["variance"] = Variance.ToString(),
            ["reference"] = ReferenceCall(),
            ["inference"] = "z (normal), df = Inf",
            ["rows_dropped"] = DroppedRows.Describe(),
        };
        if (proportionalHazards is not null)
        {
            metadata["zph_transform"] = proportionalHazards.TransformName;
        }
        if (minCell <= 1)
        {
            return new ResultTable("cox", TableColumns, rows, metadata);
        }
        var (all, terms) = WithheldTerms(minCell);
        var disclosed = new List<IReadOnlyList<object?>>(rows.Count);
        foreach (var row in rows)
        {
            string table = (string)row[0]!;
            bool hide =
                table is "coefficient" or "zph" or "test"
                && (all || (table != "test" && terms.Contains((string)row[1]!)));
            object?[] cells = hide ? [row[0], row[1], .. new object?[row.Count - 2]] : [.. row];
            disclosed.Add([.. cells, hide]);
        }
        metadata["min_cell"] = minCell.ToString(CultureInfo.InvariantCulture);
        metadata["rows_suppressed"] = disclosed.Count(r => (bool)r[^1]!).ToString(CultureInfo.InvariantCulture);
        return new ResultTable("cox", [.. TableColumns, "suppressed"], disclosed, metadata);
    }

    /// <summary>
    /// The disclosure rule of <see cref="Regression.Disclosure.LogisticSmallCells"/> applied to the Cox fit, counting
    /// records (Σ frequency weights) rather than persons: everything (coefficients, tests, <c>cox.zph</c>) when 1..min−1
    /// records have the event or do not; the coefficient (and its <c>cox.zph</c> test) of a 0/1 column when 1..min−1
    /// records have it at 1 or at 0, or those at 1 include 1..min−1 with or without the event.
    /// </summary>
    public (bool All, IReadOnlySet<string> Terms) WithheldTerms(int minCell)
    {
        bool all = LogisticSmallCells.WithholdsAll(Observations, WeightedEvents, minCell);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in BinaryColumns)
        {
            if (all || LogisticSmallCells.WithholdsColumn(Observations, c.Ones, c.OnesWithEvent, minCell))
            {
                terms.Add(c.Column);
            }
        }
        return (all, terms);
    }

    private static object?[] Test(string table, CoxChiSquareTest t) =>
        [table, t.Name, null, null, t.ChiSquare, t.PValue, null, null, (double)t.Df, null, null, null];

    /// <summary>Named fit statistics in output order.</summary>
    public IReadOnlyList<(string Name, double Value)> Statistics() =>
        [
            ("n", Rows),
            ("events", Events),
            ("observations", Observations),
            ("weighted_events", WeightedEvents),
            ("n_rows_dropped", DroppedRows.RowsDropped),
            ("strata", Strata),
            ("n_clusters", Clusters),
            ("loglik_null", LogLikelihoodNull),
            ("loglik", LogLikelihood),
            ("aic", Aic),
            ("bic", Bic),
            ("concordance", Concordance.Estimate),
            ("concordance_se", Concordance.StdError),
            ("concordant", Concordance.Concordant),
            ("discordant", Concordance.Discordant),
            ("tied_x", Concordance.TiedX),
            ("tied_y", Concordance.TiedY),
            ("tied_xy", Concordance.TiedXY),
            ("iterations", Iterations),
            ("converged", Converged ? 1 : 0),
            ("confidence_level", ConfidenceLevel),
        ];

    private string ReferenceCall()
    {
        var s = Specification;
        string surv = s.Start is null ? $"Surv({s.Time}, {s.Event})" : $"Surv({s.Start}, {s.Time}, {s.Event})";
        string rhs = Formula.Trim().TrimStart('~').Trim();
        if (s.Strata is { Count: > 0 })
        {
            rhs += $" + strata({string.Join(", ", s.Strata)})";
        }
        string call = $"coxph({surv} ~ {rhs}, ties = \"{Ties.ToString().ToLowerInvariant()}\"";
        if (s.Weights is not null)
        {
            call += $", weights = {s.Weights}";
        }
        call += Variance switch
        {
            CoxVariance.RobustR or CoxVariance.RobustStata => ", robust = TRUE",
            CoxVariance.ClusterR or CoxVariance.ClusterStata => $", cluster = {s.Cluster}",
            _ => "",
        };
        call += ")";
        return Variance switch
        {
            CoxVariance.RobustStata => call + "; variance x n/(n-1) as Stata stcox, vce(robust)",
            CoxVariance.ClusterStata => call + "; variance x G/(G-1) as Stata stcox, vce(cluster)",
            _ => call,
        };
    }

    internal static CoxRegressionResult Create(
        CoxFitState state,
        CoxSpecification specification,
        NewtonRaphson.Outcome outcome
    )
    {
        var design = state.Design;
        var options = state.Options;
        var data = state.Data;
        int k = state.P;
        var names = state.Kept.Select(j => design.ColumnNames[j]).ToList();
        var aliased = design.ColumnNames.Where((_, j) => !state.Kept.Contains(j)).ToList();
        var inference = CoxInference.Compute(state, options.Variance, options.ConfidenceLevel);
        var warnings = new List<string>();
        var infinite = new List<string>();
        if (k > 0 && options.MaxIterations > 1)
        {
            if (!outcome.Converged)
            {
                warnings.Add(
                    Invariant(
                        $"Ran out of iterations ({options.MaxIterations}) and did not converge; estimates are from the last good step"
                    )
                );
            }
            else
            {
                // R: infs = |U·V| on the original scale; coxph.fit flags > eps and > toler.inf·|β|, agreg.fit > toler.inf·(1+|β|).
                var v = state.ModelVarianceScaled;
                for (int j = 0; j < k; j++)
                {
                    double s = 0;
                    for (int i = 0; i < k; i++)
                    {
                        s += outcome.Score[i] * v[i * k + j];
                    }
                    double infs = Math.Abs(s * data.Scale[j]);
                    double beta = Math.Abs(outcome.Beta[j] * data.Scale[j]);
                    bool flag = data.IsCounting
                        ? infs > options.InfiniteTolerance * (1 + beta)
                        : infs > options.Epsilon && infs > options.InfiniteTolerance * beta;
                    if (!double.IsFinite(outcome.Score[j]) || flag)
                    {
                        infinite.Add(names[j]);
                    }
                }
                if (infinite.Count > 0)
                {
                    warnings.Add(
                        $"Loglik converged before variable {string.Join(", ", infinite.Select(n => "'" + n + "'"))}; coefficient may be infinite (monotone likelihood: a covariate level has no events, or only events, in the risk sets)"
                    );
                }
            }
        }
        if (aliased.Count > 0)
        {
            warnings.Add(
                $"X matrix deemed to be singular; {string.Join(", ", aliased.Select(n => "'" + n + "'"))} dropped (NA in R)"
            );
        }
        double ll = outcome.LogLikelihood;
        return new CoxRegressionResult(state)
        {
            Formula = specification.Formula,
            Specification = specification,
            Ties = options.Ties,
            Variance = options.Variance,
            ConfidenceLevel = options.ConfidenceLevel,
            CountingProcess = data.IsCounting,
            Coefficients = inference.Coefficients,
            HazardRatios = inference.HazardRatios,
            ColumnNames = names,
            AliasedColumns = aliased,
            Covariance = inference.Covariance,
            ModelCovariance = state.Unscale(state.ModelVarianceScaled),
            LogLikelihoodNull = outcome.LogLikelihoodNull,
            LogLikelihood = ll,
            LikelihoodRatioTest = CoxChiSquareTest.Create("likelihood_ratio", 2 * (ll - outcome.LogLikelihoodNull), k),
            WaldTest = inference.Wald,
            ScoreTest = CoxChiSquareTest.Create("score", outcome.ScoreTest, k),
            RobustScoreTest = inference.RobustScore,
            Concordance = inference.Concordance,
            Aic = -2 * ll + 2 * k,
            Bic = -2 * ll + k * Math.Log(design.Events),
            Iterations = outcome.Iterations,
            Converged = outcome.Converged,
            InfiniteCoefficients = infinite,
            Warnings = warnings,
            Rows = data.N,
            Events = design.Events,
            Observations = data.TotalWeight,
            WeightedEvents = design.WeightedEvents,
            Strata = data.StrataCount,
            Clusters = data.ClusterCount,
            DroppedRows = design.DroppedRows,
            BinaryColumns = design.BinaryColumns,
        };
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
