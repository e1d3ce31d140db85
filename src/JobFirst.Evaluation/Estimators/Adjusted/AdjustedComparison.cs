using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Estimators.Adjusted;

/// <summary>
/// One covariate-adjusted comparison (a week, or a window outcome) on the persons given: arm counts and means, the
/// small-cell rule, the blocks estimable this week, and the regression itself — <see cref="LinEstimator"/>
/// (<c>lm_lin</c>) or <see cref="LinearRegression"/> (<c>lm_robust</c>) on a small data frame of the week's complete
/// cases, so factor levels, centring, aliasing and variances are exactly those of the person-level estimators.
/// </summary>
internal sealed class AdjustedComparison
{
    private const string Response = ".y";
    private const string Treatment = ".t";
    private const string BlockColumn = ".block";
    private const string ClusterColumn = ".cluster";

    private readonly IReadOnlyList<bool> _treated;
    private readonly IReadOnlyList<BalanceCovariate> _covariates;
    private readonly DesignCodes _design;
    private readonly WeeklyEffectOptions _options;
    private readonly bool _blocked;
    private readonly bool _addBlockFactor;
    private readonly string _covariateTerms;

    public AdjustedComparison(
        IReadOnlyList<bool> treated,
        IReadOnlyList<BalanceCovariate> covariates,
        DesignCodes design,
        WeeklyEffectOptions options
    )
    {
        _treated = treated;
        _covariates = covariates;
        _design = design;
        _options = options;
        _blocked = options.Design is DimDesign.Blocked or DimDesign.BlockClustered;
        // Blocking on a column that is also a covariate adds nothing (the same dummies twice).
        _addBlockFactor =
            _blocked
            && !covariates.Any(c => string.Equals(c.Name, design.Blocks!.Column, StringComparison.OrdinalIgnoreCase));
        var terms = covariates.Select(c => Quote(c.Name)).ToList();
        if (_addBlockFactor)
        {
            terms.Add(BlockColumn);
        }
        _covariateTerms = string.Join(" + ", terms);
    }

    /// <summary>The comparison of <paramref name="persons"/> with outcome values <paramref name="y"/> (same order).</summary>
    public WeeklyEffect Compute(int week, IReadOnlyList<int> persons, IReadOnlyList<double> y)
    {
        long nt = 0,
            nc = 0;
        double st = 0,
            sc = 0;
        for (int i = 0; i < persons.Count; i++)
        {
            if (_treated[persons[i]])
            {
                nt++;
                st += y[i];
            }
            else
            {
                nc++;
                sc += y[i];
            }
        }
        if (nt < _options.MinCell || nc < _options.MinCell)
        {
            return new WeeklyEffect(week, nt, nc, null, null, null, true, null);
        }
        double meanT = st / nt,
            meanC = sc / nc;
        var (rows, values, note) = _blocked ? EstimableBlocks(persons, y) : (persons, y, null);
        try
        {
            var adjusted = Fit(rows, values);
            if (adjusted.AliasedColumns.Count > 0)
            {
                string aliased = "aliased (collinear, dropped): " + string.Join(", ", adjusted.AliasedColumns);
                note = note is null ? aliased : note + "; " + aliased;
            }
            return new WeeklyEffect(week, nt, nc, meanT, meanC, null, false, note) { Adjusted = adjusted };
        }
        catch (InputException ex)
        {
            return new WeeklyEffect(
                week,
                nt,
                nc,
                meanT,
                meanC,
                null,
                false,
                "not estimable this week: " + Rename(ex.Message)
            );
        }
    }

    private (IReadOnlyList<int>, IReadOnlyList<double>, string?) EstimableBlocks(
        IReadOnlyList<int> persons,
        IReadOnlyList<double> y
    )
    {
        var codes = _design.Blocks!.Codes;
        int blocks = _design.Blocks.Levels.Count;
        var counts = new int[blocks, 2];
        foreach (int p in persons)
        {
            counts[codes[p], _treated[p] ? 1 : 0]++;
        }
        int left = 0;
        for (int b = 0; b < blocks; b++)
        {
            if (counts[b, 0] + counts[b, 1] > 0 && (counts[b, 0] < 2 || counts[b, 1] < 2))
            {
                left++;
            }
        }
        if (left == 0)
        {
            return (persons, y, null);
        }
        var rows = new List<int>(persons.Count);
        var values = new List<double>(persons.Count);
        for (int i = 0; i < persons.Count; i++)
        {
            int b = codes[persons[i]];
            if (counts[b, 0] >= 2 && counts[b, 1] >= 2)
            {
                rows.Add(persons[i]);
                values.Add(y[i]);
            }
        }
        return (
            rows,
            values,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{left} block(s) left out this week: fewer than 2 followed persons in an arm"
            )
        );
    }

    private CovariateAdjustedEffect Fit(IReadOnlyList<int> rows, IReadOnlyList<double> y)
    {
        var frame = Frame(rows, y);
        var designOptions = _design.Clusters is null ? null : new DesignOptions(ClusterColumn: ClusterColumn);
        var regression = new LinearRegressionOptions(_options.ResolvedVariance, _options.Level);
        LinearRegressionResult fit;
        if (_options.Estimator == EffectEstimator.Lin && _covariateTerms.Length > 0)
        {
            fit = LinEstimator.Fit(frame, Response, Treatment, _covariateTerms, designOptions, regression).Fit;
        }
        else
        {
            string rhs = _covariateTerms.Length == 0 ? "" : " + " + _covariateTerms;
            var formula = ModelFormula.Parse($"{Response} ~ {Treatment}{rhs}");
            fit = LinearRegression.Fit(DesignMatrixBuilder.Build(frame, formula, designOptions), regression);
        }
        var t =
            fit.Coefficient(Treatment)
            ?? throw new InputException("the treatment is collinear with the covariates (its coefficient is aliased)");
        var dfMethod = fit.DfMethod;
        TidyTerm effect;
        if (_options.Interval == IntervalMethod.Normal)
        {
            effect = WaldInference.Compute(
                "treatment",
                t.Estimate,
                t.StdError,
                double.PositiveInfinity,
                _options.Level
            );
            dfMethod = DegreesOfFreedomMethod.Infinite;
        }
        else
        {
            effect = t with { Term = "treatment" };
        }
        return new CovariateAdjustedEffect(
            effect,
            _options.Estimator,
            fit.Variance,
            dfMethod,
            rows.Count,
            fit.ColumnNames.Count,
            fit.Clusters,
            [.. fit.AliasedColumns.Select(Rename)]
        );
    }

    private DataFrame Frame(IReadOnlyList<int> rows, IReadOnlyList<double> y)
    {
        int n = rows.Count;
        var columns = new List<DataColumn>(_covariates.Count + 4)
        {
            DataColumn.FromNumbers(Response, y),
            DataColumn.FromNumbers(Treatment, [.. rows.Select(p => _treated[p] ? 1.0 : 0.0)]),
        };
        foreach (var c in _covariates)
        {
            columns.Add(
                c.Kind == CovariateKind.Numeric
                    ? DataColumn.FromNumbers(c.Name, [.. rows.Select(p => c.Numbers![p])])
                    : DataColumn.FromTexts(c.Name, [.. rows.Select(p => c.Texts![p])])
            );
        }
        if (_addBlockFactor)
        {
            var blocks = _design.Blocks!;
            columns.Add(DataColumn.FromTexts(BlockColumn, [.. rows.Select(p => blocks.Levels[blocks.Codes[p]])]));
        }
        if (_design.Clusters is { } clusters)
        {
            columns.Add(DataColumn.FromNumbers(ClusterColumn, [.. rows.Select(p => (double)clusters.Codes[p])]));
        }
        return new DataFrame(columns);
    }

    /// <summary>Internal column names back to the user's: <c>.t</c> → <c>treatment</c>, <c>.block</c> → the block column.</summary>
    private string Rename(string text)
    {
        text = text.Replace(Treatment + ":", "treatment:", StringComparison.Ordinal)
            .Replace("'" + Treatment + "'", "'treatment'", StringComparison.Ordinal);
        return _design.Blocks is { } b ? text.Replace(BlockColumn, b.Column, StringComparison.Ordinal) : text;
    }

    private static string Quote(string name) =>
        name.Contains('`', StringComparison.Ordinal)
            ? throw new InputException($"covariate name '{name}' contains a backtick")
            : "`" + name + "`";
}
