namespace JobFirst.Evaluation.Reporting.Tables;

/// <summary>Output formats of a <see cref="ResultTable"/>.</summary>
public enum TableFormat
{
    /// <summary>Comma-separated values, header row, invariant culture, doubles in round-trip ("R") form, empty cell for missing.</summary>
    Csv,

    /// <summary>JSON object <c>{"title", "metadata": {...}, "columns": [...], "rows": [{column: value}]}</c>; NaN and missing as null.</summary>
    Json,

    /// <summary>GitHub-flavoured Markdown table with numbers rounded for reading.</summary>
    Markdown,

    /// <summary>Aligned plain text for terminals and <c>ToString()</c>.</summary>
    Text,
}
