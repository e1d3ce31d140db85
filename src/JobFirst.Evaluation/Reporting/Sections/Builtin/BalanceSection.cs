using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Estimators.Balance;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>balance</c>: covariate balance between the arms at randomisation (seed 000:288): per covariate (and level) the arm
/// means or shares, standardised mean differences (cobalt::bal.tab) and a test (Welch t, Pearson χ²), the joint tests
/// of treatment on all covariates (logistic LR, linear-probability F), and a love plot of the SMDs with the 0.1 and 0.25
/// lines (<c>Study.Balance</c>, <see cref="BalancePlotFigure"/>).
/// </summary>
public sealed class BalanceSection : ReportSection<BalanceSectionSpec>
{
    private static readonly string[] Values =
    [
        "mean_treated",
        "mean_control",
        "sd_treated",
        "sd_control",
        "difference",
        "smd",
        "statistic",
        "df",
        "p_value",
    ];

    private static readonly string[] Counts = ["n_treated", "n_control", "missing_treated", "missing_control"];

    /// <inheritdoc/>
    public override string Name => "balance";

    /// <inheritdoc/>
    public override string Summary => "Covariate balance table, love plot of SMDs and joint tests (seed 000:288).";

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, BalanceSectionSpec options)
    {
        int min = context.MinCell;
        var lang = context.Language;
        BalanceResult balance;
        try
        {
            balance = context.Study.Balance(options.Covariates, min);
        }
        catch (InputException ex)
        {
            throw context.ScopeOf(options).Error("covariates", ex.Message);
        }
        var lr = balance.Omnibus.FirstOrDefault(t => t.Test == "likelihood_ratio");
        var f = balance.Omnibus.FirstOrDefault(t => t.Test == "f");
        string N(double? v, int d) => v is { } x ? ReportFormat.Number(x, d, lang) : "NA";
        string joint = lr is null
            ? ""
            : context.Localized(
                $" Joint test of treatment on all covariates: likelihood-ratio χ² = {N(lr.Statistic, 1)} on {N(lr.Df, 0)} df, p {ReportFormat.PValue(lr.PValue ?? double.NaN, lang)} (anova(glm(treated ~ ..., binomial), test = \"LRT\")){(f is null ? "" : $"; linear-probability F = {N(f.Statistic, 2)} on {N(f.Df, 0)} and {N(f.DfDenominator, 0)} df, p {ReportFormat.PValue(f.PValue ?? double.NaN, lang)}")}.",
                $" Samlet test af behandling på alle baggrundsvariable: likelihood-ratio χ² = {N(lr.Statistic, 1)} med {N(lr.Df, 0)} frihedsgrader, p {ReportFormat.PValue(lr.PValue ?? double.NaN, lang)} (anova(glm(treated ~ ..., binomial), test = \"LRT\")){(f is null ? "" : $"; lineær sandsynlighedsmodel F = {N(f.Statistic, 2)} med {N(f.Df, 0)} og {N(f.DfDenominator, 0)} frihedsgrader, p {ReportFormat.PValue(f.PValue ?? double.NaN, lang)}")}."
            );
        var rows = balance.Rows.Where(r => !r.Suppressed && r.Smd is not null).ToList();
        int beyond = rows.Count(r => Math.Abs(r.Smd!.Value) > 0.1);
        int covariates = balance.Rows.Select(r => r.Covariate).Distinct().Count();
        string persons = context.Localized(
            $"{context.CountOrSuppressed(balance.Persons.Treated)} treatment and {context.CountOrSuppressed(balance.Persons.Control)} control persons (everyone randomised)",
            $"{context.CountOrSuppressed(balance.Persons.Treated)} deltagere og {context.CountOrSuppressed(balance.Persons.Control)} i kontrolgruppen (alle randomiserede)"
        );
        string figureCaption = context.Localized(
            $"Covariate balance at randomisation: standardised mean differences (treatment − control) of {covariates} covariates (levels of categorical ones separately), {persons}; SMD = (m₁ − m₀) ÷ √((s₁² + s₀²) ÷ 2), as cobalt::bal.tab / love.plot; dashed and dotted lines at ±0.1 and ±0.25 (Austin 2009). {beyond} of {rows.Count} beyond 0.1.{joint} {context.SuppressionText}",
            $"Balance i baggrundsvariable ved randomisering: standardiserede middelværdiforskelle (deltagere − kontrolgruppe) for {covariates} variable (kategoriers niveauer hver for sig), {persons}; SMD = (m₁ − m₀) ÷ √((s₁² + s₀²) ÷ 2), som cobalt::bal.tab / love.plot; stiplede og prikkede linjer ved ±0,1 og ±0,25 (Austin 2009). {beyond} af {rows.Count} over 0,1.{joint} {context.SuppressionText}"
        );
        var figures = new List<ReportFigure>();
        if (options.Figures && rows.Count > 0)
        {
            figures.Add(
                new ReportFigure(
                    "",
                    BalancePlotFigure.Build(
                        [
                            .. rows.Select(r => new BalanceRow(
                                r.Level is null ? r.Covariate : $"{r.Covariate}: {r.Level}",
                                r.Smd!.Value
                            )),
                        ],
                        context.FigureOptions(context.Localized("Covariate balance", "Balance i baggrundsvariable"))
                    ),
                    figureCaption
                )
            );
        }
        var tables = new List<ReportTable>();
        if (options.Tables)
        {
            var table = balance.ToTable();
            int flag = table.IndexOf("suppressed");
            tables.Add(
                TableSuppression.Apply(
                    "",
                    table,
                    context.Localized(
                        $"Balance table: per covariate (categorical: per level) persons with a value and missing per arm, means (shares) and SDs, the difference, SMD and the test (numeric: Welch t, t.test; categorical: Pearson χ² without continuity correction, chisq.test(correct = FALSE), one p per covariate). {persons}. {context.SuppressionText}",
                        $"Balancetabel: for hver variabel (kategorisk: hvert niveau) personer med værdi og manglende pr. gruppe, gennemsnit (andele) og spredninger, forskellen, SMD og testen (numerisk: Welch t, t.test; kategorisk: Pearson χ² uden kontinuitetskorrektion, chisq.test(correct = FALSE), én p pr. variabel). {persons}. {context.SuppressionText}"
                    ),
                    (_, cells) =>
                    {
                        var blank = Counts
                            .Where(c => cells[table.IndexOf(c)] is long n && TableSuppression.IsSmall(n, min))
                            .ToList();
                        if (cells[flag] is true)
                        {
                            blank.AddRange(Values.Where(c => cells[table.IndexOf(c)] is null));
                        }
                        return blank;
                    }
                )
            );
            tables.Add(
                TableSuppression.Apply(
                    "joint",
                    balance.OmnibusTable(),
                    context.Localized(
                        $"Joint balance tests: treatment regressed on all covariates (complete cases).{joint}",
                        $"Samlede balancetest: behandling regresseret på alle baggrundsvariable (komplette observationer).{joint}"
                    ),
                    (_, _) => []
                )
            );
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized("Balance at randomisation", "Balance ved randomisering"),
            Figures = figures,
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["balance"] =
                    "Balance: SMD = (m1 - m0) / sqrt((s1^2 + s0^2)/2), levels with s^2 = p(1 - p) (cobalt::bal.tab); Welch t (t.test) for numeric, Pearson chi-square without correction (chisq.test(correct = FALSE)) for categorical; joint LR (glm binomial, anova LRT) and linear-probability F (summary(lm)$fstatistic). Cells of 1..min_cell-1 persons suppressed, with complementary suppression within a covariate.",
            },
        };
    }
}
