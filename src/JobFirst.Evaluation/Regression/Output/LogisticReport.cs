using System.Globalization;
using System.Text;
using System.Text.Json;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Margins;

namespace JobFirst.Evaluation.Regression.Output;

/// <summary>
/// Machine-readable output of a logistic fit and its margins (invariant culture, doubles round-trip "R").
/// CSV: one long table with columns <see cref="CsvColumns"/>; <c>table</c> is <c>coefficient</c>,
/// <c>aliased</c>, <c>predictive_margin</c> (probability), <c>ame</c> (probability scale),
/// <c>contrast_pp</c> (percentage points) or <c>statistic</c> (name in <c>term</c>, value in <c>estimate</c>).
/// JSON: one object with the fit statistics, coefficient rows and margins. Rows named in <c>withheld</c> (see
/// <see cref="Disclosure.LogisticSmallCells"/>) keep their term but no numbers, and say <c>suppressed</c>.
/// </summary>
public static class LogisticReport
{
    /// <summary>CSV header columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        "table",
        "term",
        "estimate",
        "std_error",
        "statistic",
        "p_value",
        "conf_low",
        "conf_high",
        "df",
        "odds_ratio",
        "or_conf_low",
        "or_conf_high",
        "suppressed",
    ];

    /// <summary>Named fit statistics in output order.</summary>
    public static IReadOnlyList<(string Name, double Value)> Statistics(LogisticRegressionResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return
        [
            ("n_observations", fit.Observations),
            ("n_rows_used", fit.Rows),
            ("n_rows_dropped", fit.DroppedRows.RowsDropped),
            ("n_clusters", fit.Clusters),
            ("log_likelihood", fit.LogLikelihood),
            ("deviance", fit.Deviance),
            ("null_deviance", fit.NullDeviance),
            ("aic", fit.Aic),
            ("bic", fit.Bic),
            ("mcfadden_r2", fit.McFaddenR2),
            ("lr_chi2", fit.NullTest.ChiSquare),
            ("lr_df", fit.NullTest.Df),
            ("lr_p_value", fit.NullTest.PValue),
            ("iterations", fit.Iterations),
            ("converged", fit.Converged ? 1 : 0),
            ("confidence_level", fit.ConfidenceLevel),
        ];
    }

    /// <summary>Writes the long CSV table.</summary>
    public static void WriteCsv(
        TextWriter writer,
        LogisticRegressionResult fit,
        IReadOnlyList<MarginsResult> margins,
        IReadOnlySet<(string Table, string Term)>? withheld = null
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(margins);
        writer.Write(string.Join(",", CsvColumns));
        writer.Write('\n');
        for (int j = 0; j < fit.Coefficients.Count; j++)
        {
            var or = fit.OddsRatios[j];
            WriteRow(writer, "coefficient", fit.Coefficients[j], or.Estimate, or.ConfLow, or.ConfHigh, withheld);
        }
        foreach (var name in fit.AliasedColumns)
        {
            writer.Write($"aliased,{Quote(name)},,,,,,,,,,,\n");
        }
        foreach (var m in margins)
        {
            foreach (var t in m.PredictiveMargins)
            {
                WriteRow(writer, "predictive_margin", t, double.NaN, double.NaN, double.NaN, withheld);
            }
            foreach (var t in m.AverageMarginalEffects)
            {
                WriteRow(writer, "ame", t, double.NaN, double.NaN, double.NaN, withheld);
            }
            foreach (var t in m.ContrastsPercentagePoints)
            {
                WriteRow(writer, "contrast_pp", t, double.NaN, double.NaN, double.NaN, withheld);
            }
        }
        foreach (var (name, value) in Statistics(fit))
        {
            writer.Write($"statistic,{name},{Num(value)},,,,,,,,,,\n");
        }
    }

    /// <summary>Writes the JSON document.</summary>
    public static void WriteJson(
        Stream stream,
        LogisticRegressionResult fit,
        IReadOnlyList<MarginsResult> margins,
        IReadOnlySet<(string Table, string Term)>? withheld = null
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(margins);
        using var w = new Utf8JsonWriter(
            stream,
            new JsonWriterOptions
            {
                Indented = true,
                NewLine = "\n",
                // Formulas contain '+' and '<'; the output is a data file, not HTML.
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }
        );
        w.WriteStartObject();
        w.WriteString("formula", fit.Formula);
        w.WriteString("method", fit.Method.ToString());
        w.WriteString("variance", fit.Variance.ToString());
        foreach (var (name, value) in Statistics(fit).Where(s => s.Name != "converged"))
        {
            WriteNumber(w, name, value);
        }
        w.WriteBoolean("converged", fit.Converged);
        w.WriteNumber("rows_suppressed", withheld?.Count ?? 0);
        w.WriteString("rows_dropped_reason", fit.DroppedRows.Describe());
        w.WriteStartObject("rows_missing_by_column");
        foreach (var m in fit.DroppedRows.MissingByColumn)
        {
            w.WriteNumber(m.Column, m.Rows);
        }
        w.WriteEndObject();
        w.WriteStartArray("aliased");
        foreach (var a in fit.AliasedColumns)
        {
            w.WriteStringValue(a);
        }
        w.WriteEndArray();
        w.WriteStartArray("coefficients");
        for (int j = 0; j < fit.Coefficients.Count; j++)
        {
            var or = fit.OddsRatios[j];
            bool hide = withheld?.Contains(("coefficient", fit.Coefficients[j].Term)) == true;
            w.WriteStartObject();
            WriteTidy(w, fit.Coefficients[j], hide);
            WriteNumber(w, "odds_ratio", hide ? double.NaN : or.Estimate);
            WriteNumber(w, "or_conf_low", hide ? double.NaN : or.ConfLow);
            WriteNumber(w, "or_conf_high", hide ? double.NaN : or.ConfHigh);
            w.WriteBoolean("suppressed", hide);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("margins");
        foreach (var m in margins)
        {
            w.WriteStartObject();
            w.WriteString("variable", m.Variable);
            w.WriteString("kind", m.Kind.ToString());
            WriteTidyArray(w, "predictive_margins", "predictive_margin", m.PredictiveMargins, withheld);
            WriteTidyArray(w, "average_marginal_effects", "ame", m.AverageMarginalEffects, withheld);
            WriteTidyArray(w, "contrasts_pp", "contrast_pp", m.ContrastsPercentagePoints, withheld);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTidyArray(
        Utf8JsonWriter w,
        string name,
        string table,
        IReadOnlyList<TidyTerm> rows,
        IReadOnlySet<(string Table, string Term)>? withheld
    )
    {
        w.WriteStartArray(name);
        foreach (var t in rows)
        {
            bool hide = withheld?.Contains((table, t.Term)) == true;
            w.WriteStartObject();
            WriteTidy(w, t, hide);
            w.WriteBoolean("suppressed", hide);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTidy(Utf8JsonWriter w, TidyTerm t, bool hide)
    {
        w.WriteString("term", t.Term);
        WriteNumber(w, "estimate", hide ? double.NaN : t.Estimate);
        WriteNumber(w, "std_error", hide ? double.NaN : t.StdError);
        WriteNumber(w, "statistic", hide ? double.NaN : t.Statistic);
        WriteNumber(w, "p_value", hide ? double.NaN : t.PValue);
        WriteNumber(w, "conf_low", hide ? double.NaN : t.ConfLow);
        WriteNumber(w, "conf_high", hide ? double.NaN : t.ConfHigh);
        WriteNumber(w, "df", hide ? double.NaN : t.Df);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else if (double.IsPositiveInfinity(value))
        {
            w.WriteString(name, "Inf");
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteRow(
        TextWriter writer,
        string table,
        TidyTerm t,
        double or,
        double orLow,
        double orHigh,
        IReadOnlySet<(string Table, string Term)>? withheld
    )
    {
        var sb = new StringBuilder();
        sb.Append(table).Append(',').Append(Quote(t.Term));
        if (withheld?.Contains((table, t.Term)) == true)
        {
            writer.Write(sb.Append(",,,,,,,,,,,true\n").ToString());
            return;
        }
        foreach (
            var v in new[]
            {
                t.Estimate,
                t.StdError,
                t.Statistic,
                t.PValue,
                t.ConfLow,
                t.ConfHigh,
                t.Df,
                or,
                orLow,
                orHigh,
            }
        )
        {
            sb.Append(',').Append(Num(v));
        }
        sb.Append(",false\n");
        writer.Write(sb.ToString());
    }

    private static string Num(double v) =>
        double.IsNaN(v) ? ""
        : double.IsPositiveInfinity(v) ? "Inf"
        : v.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
