using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Disclosure;
using JobFirst.Evaluation.Estimators.Distribution;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Panel;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Estimators.Balance;

/// <summary>
/// The balance table on roster and history covariates (seed 000:288): per covariate (per level for categorical ones) the
/// means or shares by arm, their difference, the standardized mean difference, a Welch t or Pearson χ² test, missing
/// counts per arm; and joint tests of all covariates.
/// </summary>
public static class BalanceEstimator
{
    /// <summary>History covariate: weeks with ordinary hours in event weeks −155..0.</summary>
    public const string HistoryEmployed = "history_weeks_employed";

    /// <summary>History covariate: weeks self-supporting in event weeks −155..0.</summary>
    public const string HistorySelfSupporting = "history_weeks_self_supporting";

    /// <summary>History covariate: weeks on sickness benefit in event weeks −155..0.</summary>
    public const string HistorySick = "history_weeks_sick";

    /// <summary>The history covariate names (available when a register was read).</summary>
    public static IReadOnlyList<string> HistoryCovariates { get; } =
    [HistoryEmployed, HistorySelfSupporting, HistorySick];

    /// <summary>
    /// The covariates named by <paramref name="names"/> (default: site, target_group, every roster covariate and, with a
    /// panel, the three history covariates). History values of persons not found in the register are missing.
    /// </summary>
    public static IReadOnlyList<BalanceCovariate> Covariates(
        Roster.Roster roster,
        EventPanel? panel,
        IReadOnlyList<string>? names = null
    )
    {
        ArgumentNullException.ThrowIfNull(roster);
        names ??=
        [
            "site",
            "target_group",
            .. roster.CovariateNames,
            .. panel is null ? Array.Empty<string>() : HistoryCovariates,
        ];
        var list = new List<BalanceCovariate>();
        foreach (var name in names)
        {
            int h = HistoryCovariates
                .ToList()
                .FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (h >= 0)
            {
                if (panel is null)
                {
                    throw new InputException($"covariate '{name}' needs the register (--register)");
                }
                list.Add(
                    BalanceCovariate.Numeric(
                        HistoryCovariates[h],
                        [
                            .. Enumerable
                                .Range(0, roster.Count)
                                .Select(p =>
                                {
                                    if (!panel.IsLinked(p))
                                    {
                                        return double.NaN;
                                    }
                                    var hist = panel.History(p);
                                    return h switch
                                    {
                                        0 => hist.WeeksEmployed,
                                        1 => hist.WeeksSelfSupporting,
                                        _ => (double)hist.WeeksSick,
                                    };
                                }),
                        ]
                    )
                );
                continue;
            }
            list.Add(BalanceCovariate.FromText(name, RosterColumns.Values(roster, name)));
        }
        return list;
    }

    /// <summary>Computes the balance table.</summary>
    /// <param name="treated">Per person: true for the treatment arm.</param>
    /// <param name="covariates">Covariates (per-person values aligned with <paramref name="treated"/>).</param>
    /// <param name="minCell">Minimum persons behind a share or mean (default 5).</param>
    /// <param name="omnibus">Whether to fit the joint tests (default true).</param>
    public static BalanceResult Compute(
        IReadOnlyList<bool> treated,
        IReadOnlyList<BalanceCovariate> covariates,
        int minCell = 5,
        bool omnibus = true
    )
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCell, 1);
        var rows = new List<BalanceTableRow>();
        foreach (var c in covariates)
        {
            if (c.Count != treated.Count)
            {
                throw new ArgumentException($"Covariate '{c.Name}' has {c.Count} values for {treated.Count} persons.");
            }
            rows.AddRange(
                c.Kind == CovariateKind.Numeric ? NumericRows(c, treated, minCell) : LevelRows(c, treated, minCell)
            );
        }
        long nt = treated.Count(t => t);
        return new BalanceResult
        {
            Rows = rows,
            Omnibus = omnibus && covariates.Count > 0 ? Joint(treated, covariates) : [],
            Persons = (nt, treated.Count - nt),
            MinCell = minCell,
        };
    }

    private static IEnumerable<BalanceTableRow> NumericRows(
        BalanceCovariate c,
        IReadOnlyList<bool> treated,
        int minCell
    )
    {
        var t = new List<double>();
        var u = new List<double>();
        long missT = 0,
            missC = 0;
        for (int i = 0; i < treated.Count; i++)
        {
            double v = c.Numbers![i];
            if (double.IsNaN(v))
            {
                if (treated[i])
                {
                    missT++;
                }
                else
                {
                    missC++;
                }
                continue;
            }
            (treated[i] ? t : u).Add(v);
        }
        var mt = ArmMoments.FromValues([.. t]);
        var mc = ArmMoments.FromValues([.. u]);
        bool suppressed = SmallCells.IsSmall(mt.Count, minCell) || SmallCells.IsSmall(mc.Count, minCell);
        DifferenceInMeansResult? test = null;
        if (!suppressed && mt.Count >= 2 && mc.Count >= 2)
        {
            test = DifferenceInMeans.FromMoments(mt, mc);
        }
        double sdT = Math.Sqrt(mt.Variance);
        double sdC = Math.Sqrt(mc.Variance);
        double smd = (mt.Mean - mc.Mean) / Math.Sqrt((mt.Variance + mc.Variance) / 2);
        yield return new BalanceTableRow(
            c.Name,
            null,
            "numeric",
            mt.Count,
            mc.Count,
            missT,
            missC,
            suppressed || mt.Count == 0 ? null : mt.Mean,
            suppressed || mc.Count == 0 ? null : mc.Mean,
            suppressed ? null : Finite(sdT),
            suppressed ? null : Finite(sdC),
            suppressed || mt.Count == 0 || mc.Count == 0 ? null : mt.Mean - mc.Mean,
            suppressed ? null : Finite(smd),
            "welch_t",
            Finite(test?.Statistic),
            Finite(test?.Df),
            Finite(test?.PValue),
            suppressed
        );
    }

    private static IEnumerable<BalanceTableRow> LevelRows(BalanceCovariate c, IReadOnlyList<bool> treated, int minCell)
    {
        var grouping = PersonGrouping.FromValues(c.Name, c.Texts!);
        int levels = grouping.Levels.Count;
        var countT = new long[levels];
        var countC = new long[levels];
        long missT = 0,
            missC = 0;
        for (int i = 0; i < treated.Count; i++)
        {
            int g = grouping.Codes[i];
            if (g < 0)
            {
                if (treated[i])
                {
                    missT++;
                }
                else
                {
                    missC++;
                }
                continue;
            }
            (treated[i] ? countT : countC)[g]++;
        }
        long nt = countT.Sum();
        long nc = countC.Sum();
        var test = ArmTableTest.Pearson(countT, countC);
        var maskT = SmallCells.Suppress(countT, minCell);
        var maskC = SmallCells.Suppress(countC, minCell);
        for (int g = 0; g < levels; g++)
        {
            double pt = nt > 0 ? (double)countT[g] / nt : double.NaN;
            double pc = nc > 0 ? (double)countC[g] / nc : double.NaN;
            bool either = maskT[g] || maskC[g];
            double sdT = Math.Sqrt(pt * (1 - pt));
            double sdC = Math.Sqrt(pc * (1 - pc));
            double smd = (pt - pc) / Math.Sqrt((pt * (1 - pt) + pc * (1 - pc)) / 2);
            yield return new BalanceTableRow(
                c.Name,
                grouping.Levels[g],
                "categorical",
                nt,
                nc,
                missT,
                missC,
                maskT[g] ? null : Finite(pt),
                maskC[g] ? null : Finite(pc),
                maskT[g] ? null : Finite(sdT),
                maskC[g] ? null : Finite(sdC),
                either ? null : Finite(pt - pc),
                either ? null : Finite(smd),
                "chi_square",
                Finite(test?.Statistic),
                Finite(test?.Df),
                Finite(test?.PValue),
                either
            );
        }
    }

    private static double? Finite(double? x) => x is { } v && double.IsFinite(v) ? v : null;

    /// <summary>
    /// The logistic-regression likelihood-ratio test (R <c>anova(glm(t ~ 1), glm(t ~ x1 + ...), test = "LRT")</c>) and the
    /// classical F test of the linear probability model (R <c>summary(lm(t ~ x1 + ...))$fstatistic</c>), on the complete
    /// cases. Covariates enter under generated names so any roster column name works in the formula.
    /// </summary>
    private static List<BalanceOmnibusTest> Joint(
        IReadOnlyList<bool> treated,
        IReadOnlyList<BalanceCovariate> covariates
    )
    {
        var columns = new List<DataColumn>
        {
            DataColumn.FromNumbers("treated", [.. treated.Select(t => t ? 1.0 : 0.0)]),
        };
        var terms = new List<string>();
        for (int j = 0; j < covariates.Count; j++)
        {
            var c = covariates[j];
            string name = FormattableString.Invariant($"x{j + 1}");
            terms.Add(name);
            columns.Add(
                c.Kind == CovariateKind.Numeric
                    ? DataColumn.FromNumbers(name, c.Numbers!)
                    : DataColumn.FromTexts(name, c.Texts!)
            );
        }
        var frame = new DataFrame(columns);
        const string lrReference =
            "anova(glm(treated ~ 1, binomial), glm(treated ~ covariates, binomial), test = \"LRT\")";
        const string fReference = "summary(lm(treated ~ covariates))$fstatistic";
        DesignMatrix design;
        try
        {
            design = DesignMatrixBuilder.Build(frame, ModelFormula.Parse("treated ~ " + string.Join(" + ", terms)));
        }
        catch (InputException ex)
        {
            return
            [
                new BalanceOmnibusTest("likelihood_ratio", lrReference, null, null, null, null, 0, 0, ex.Message),
                new BalanceOmnibusTest("f", fReference, null, null, null, null, 0, 0, ex.Message),
            ];
        }
        var tests = new List<BalanceOmnibusTest>(2);
        try
        {
            var fit = LogisticRegression.Fit(design);
            var lr = fit.NullTest;
            tests.Add(
                new BalanceOmnibusTest(
                    "likelihood_ratio",
                    lrReference,
                    lr.ChiSquare,
                    lr.Df,
                    null,
                    lr.PValue,
                    design.Rows,
                    design.DroppedRows.RowsDropped,
                    Aliased(fit.AliasedColumns.Count)
                )
            );
        }
        catch (InputException ex)
        {
            tests.Add(
                new BalanceOmnibusTest(
                    "likelihood_ratio",
                    lrReference,
                    null,
                    null,
                    null,
                    null,
                    design.Rows,
                    design.DroppedRows.RowsDropped,
                    ex.Message
                )
            );
        }
        try
        {
            var ols = LinearRegression.Fit(design, new LinearRegressionOptions(OlsVariance.Classical));
            var f = ols.FStatistic;
            tests.Add(
                new BalanceOmnibusTest(
                    "f",
                    fReference,
                    f?.Value,
                    f?.NumeratorDf,
                    f?.DenominatorDf,
                    f?.PValue,
                    design.Rows,
                    design.DroppedRows.RowsDropped,
                    Aliased(ols.AliasedColumns.Count)
                )
            );
        }
        catch (InputException ex)
        {
            tests.Add(
                new BalanceOmnibusTest(
                    "f",
                    fReference,
                    null,
                    null,
                    null,
                    null,
                    design.Rows,
                    design.DroppedRows.RowsDropped,
                    ex.Message
                )
            );
        }
        return tests;
    }

    private static string? Aliased(int count) =>
        count > 0 ? FormattableString.Invariant($"{count} aliased column(s) dropped") : null;
}
