using System.Globalization;
using System.Text;
using System.Text.Json;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Regression.Linear;

namespace JobFirst.Evaluation.Regression.Output;

/// <summary>
/// Machine-readable output of an OLS fit, shaped like <see cref="LogisticReport"/> (invariant culture, doubles
/// round-trip "R"). CSV: one long table with columns <see cref="CsvColumns"/>; <c>table</c> is <c>coefficient</c>,
/// <c>aliased</c> or <c>statistic</c> (name in <c>term</c>, value in <c>estimate</c>). JSON: one object.
/// </summary>
public static class LinearReport
{
    /// <summary>CSV header columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    ["table", "term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high", "df"];

    /// <summary>Named fit statistics in output order.</summary>
    public static IReadOnlyList<(string Name, double Value)> Statistics(LinearRegressionResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var list = new List<(string, double)>
        {
            ("n_observations", fit.Observations),
            ("n_rows_used", fit.Rows),
            ("n_rows_dropped", fit.DroppedRows.RowsDropped),
            ("n_clusters", fit.Clusters),
            ("r_squared", fit.RSquared),
            ("adj_r_squared", fit.AdjustedRSquared),
            ("sigma", fit.Sigma),
            ("df_residual", fit.DfResidual),
        };
        if (fit.FStatistic is { } f)
        {
            list.Add(("f_statistic", f.Value));
            list.Add(("f_numdf", f.NumeratorDf));
            list.Add(("f_dendf", f.DenominatorDf));
            list.Add(("f_p_value", f.PValue));
        }
        list.Add(("confidence_level", fit.ConfidenceLevel));
        return list;
    }

    /// <summary>Writes the long CSV.</summary>
    public static void WriteCsv(TextWriter writer, LinearRegressionResult fit)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fit);
        writer.Write(string.Join(",", CsvColumns));
        writer.Write('\n');
        foreach (var t in fit.Coefficients)
        {
            var sb = new StringBuilder();
            sb.Append("coefficient,").Append(Quote(t.Term));
            foreach (var v in new[] { t.Estimate, t.StdError, t.Statistic, t.PValue, t.ConfLow, t.ConfHigh, t.Df })
            {
                sb.Append(',').Append(Num(v));
            }
            sb.Append('\n');
            writer.Write(sb.ToString());
        }
        foreach (var name in fit.AliasedColumns)
        {
            writer.Write($"aliased,{Quote(name)},,,,,,,\n");
        }
        foreach (var (name, value) in Statistics(fit))
        {
            writer.Write($"statistic,{name},{Num(value)},,,,,,\n");
        }
    }

    /// <summary>Writes the JSON document.</summary>
    public static void WriteJson(Stream stream, LinearRegressionResult fit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fit);
        using var w = new Utf8JsonWriter(
            stream,
            new JsonWriterOptions
            {
                Indented = true,
                NewLine = "\n",
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }
        );
        w.WriteStartObject();
        w.WriteString("formula", fit.Formula);
        w.WriteString("estimator", "ols");
        w.WriteString("variance", fit.Variance.ToString());
        w.WriteString("df_method", fit.DfMethod.ToString());
        w.WriteString("reference", $"estimatr::lm_robust(se_type = \"{fit.Variance.ToEstimatrSeType()}\")");
        foreach (var (name, value) in Statistics(fit))
        {
            WriteNumber(w, name, value);
        }
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
        foreach (var t in fit.Coefficients)
        {
            w.WriteStartObject();
            WriteTidy(w, t);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTidy(Utf8JsonWriter w, TidyTerm t)
    {
        w.WriteString("term", t.Term);
        WriteNumber(w, "estimate", t.Estimate);
        WriteNumber(w, "std_error", t.StdError);
        WriteNumber(w, "statistic", t.Statistic);
        WriteNumber(w, "p_value", t.PValue);
        WriteNumber(w, "conf_low", t.ConfLow);
        WriteNumber(w, "conf_high", t.ConfHigh);
        WriteNumber(w, "df", t.Df);
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

    private static string Num(double v) =>
        double.IsNaN(v) ? ""
        : double.IsPositiveInfinity(v) ? "Inf"
        : v.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
