using System.Globalization;
using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Estimators.Disclosure;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;

namespace JobFirst.Evaluation.Regression.Disclosure;

/// <summary>
/// The disclosure rule of a published logistic regression (the <c>logit</c> command and the report's logit section):
/// which output rows describe too few persons to publish. Persons are rows, or the sum of the frequency weights when
/// the design has them (a weighted cell of 3 persons is 3 persons). A count of zero identifies no one.
/// </summary>
/// <remarks>
/// Everything is withheld when the estimation sample has 1..min−1 persons with the outcome or without it. A coefficient
/// of a 0/1 design column is withheld when 1..min−1 persons have the column at 1 or at 0, or when those at 1 include
/// 1..min−1 with or without the outcome (its odds ratio then describes those few persons). A predictive margin, AME or
/// contrast is withheld when it involves a factor level held by 1..min−1 persons. Coefficients of continuous columns
/// and the intercept describe everyone and are kept.
/// </remarks>
public static class LogisticSmallCells
{
    /// <summary>Output table names, as in <see cref="Output.LogisticReport"/>.</summary>
    public const string Coefficient = "coefficient";

    /// <summary>The (table, term) rows to withhold; empty when <paramref name="minCell"/> ≤ 1.</summary>
    /// <param name="frame">The data frame the design was built from (margins' factor levels are counted there).</param>
    /// <param name="design">The design matrix of the fit.</param>
    /// <param name="fit">The fit.</param>
    /// <param name="margins">Margins computed from the fit (may be empty).</param>
    /// <param name="minCell">Smallest number of persons a published row may rest on.</param>
    public static IReadOnlySet<(string Table, string Term)> Withheld(
        DataFrame frame,
        DesignMatrix design,
        LogisticRegressionResult fit,
        IReadOnlyList<MarginsResult> margins,
        int minCell
    )
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(margins);
        var hide = new HashSet<(string, string)>();
        if (minCell <= 1)
        {
            return hide;
        }
        var y = design.Response.Span;
        var w = design.HasWeights ? design.Weights.Span : default;
        double total = 0;
        double events = 0;
        for (int i = 0; i < design.Rows; i++)
        {
            double persons = w.IsEmpty ? 1 : w[i];
            total += persons;
            events += y[i] > 0.5 ? persons : 0;
        }
        bool all = WithholdsAll(total, events, minCell);
        var columns = design.ColumnNames.ToList();
        foreach (var t in fit.Coefficients)
        {
            int j = columns.IndexOf(t.Term);
            if (all || (j >= 0 && SmallDummy(design, j, y, w, total, minCell)))
            {
                hide.Add((Coefficient, t.Term));
            }
        }
        foreach (var m in margins)
        {
            foreach (
                var (kind, list) in new[]
                {
                    ("predictive_margin", m.PredictiveMargins),
                    ("ame", m.AverageMarginalEffects),
                    ("contrast_pp", m.ContrastsPercentagePoints),
                }
            )
            {
                foreach (var t in list)
                {
                    double? n = LevelPersons(frame, design, w, m.Variable, t.Term);
                    if (all || (n is { } count && Small(count, minCell)))
                    {
                        hide.Add((kind, t.Term));
                    }
                }
            }
        }
        return hide;
    }

    /// <summary>True when the whole fit is withheld: 1..min−1 of <paramref name="total"/> persons have the event, or do not.</summary>
    public static bool WithholdsAll(double total, double events, int minCell) =>
        Small(events, minCell) || Small(total - events, minCell);

    /// <summary>
    /// True when a 0/1 column's coefficient is withheld: 1..min−1 persons have it at 1 or at 0, or those at 1 include
    /// 1..min−1 with or without the event.
    /// </summary>
    public static bool WithholdsColumn(double total, double ones, double onesWithEvent, int minCell) =>
        Small(ones, minCell)
        || Small(total - ones, minCell)
        || Small(onesWithEvent, minCell)
        || Small(ones - onesWithEvent, minCell);

    // Frequency weights are whole persons (the design builder checks them), so rounding only absorbs sums' last bits.
    private static bool Small(double persons, int minCell) => SmallCells.IsSmall((long)Math.Round(persons), minCell);

    private static bool SmallDummy(
        DesignMatrix design,
        int column,
        ReadOnlySpan<double> y,
        ReadOnlySpan<double> w,
        double total,
        int minCell
    )
    {
        double ones = 0;
        double onesWithEvent = 0;
        for (int i = 0; i < design.Rows; i++)
        {
            double x = design[i, column];
            if (x != 0 && x != 1)
            {
                return false;
            }
            if (x == 1)
            {
                double persons = w.IsEmpty ? 1 : w[i];
                ones += persons;
                onesWithEvent += y[i] > 0.5 ? persons : 0;
            }
        }
        return WithholdsColumn(total, ones, onesWithEvent, minCell);
    }

    /// <summary>Fewest persons holding a level named in a margins term (<c>x=a</c>, <c>x: b - a</c>); null for continuous terms.</summary>
    private static double? LevelPersons(
        DataFrame frame,
        DesignMatrix design,
        ReadOnlySpan<double> w,
        string variable,
        string term
    )
    {
        string[] levels;
        if (term.StartsWith(variable + "=", StringComparison.Ordinal))
        {
            levels = [term[(variable.Length + 1)..]];
        }
        else if (term.StartsWith(variable + ": ", StringComparison.Ordinal))
        {
            levels = term[(variable.Length + 2)..].Split(" - ");
        }
        else
        {
            return null;
        }
        var column = frame[variable];
        var used = design.UsedRowIndices;
        double fewest = double.PositiveInfinity;
        foreach (var level in levels)
        {
            bool numeric = double.TryParse(level, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
            double persons = 0;
            for (int i = 0; i < used.Count; i++)
            {
                int r = used[i];
                bool match =
                    string.Equals(column.TextAt(r), level, StringComparison.Ordinal)
                    || (numeric && column.Kind == DataColumnKind.Numeric && column.Numbers[r] == value);
                persons += match ? (w.IsEmpty ? 1 : w[i]) : 0;
            }
            fewest = Math.Min(fewest, persons);
        }
        return fewest;
    }
}
