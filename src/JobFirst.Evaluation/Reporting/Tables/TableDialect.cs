namespace JobFirst.Evaluation.Reporting.Tables;

/// <summary>
/// Number and delimiter conventions of a written <see cref="ResultTable"/>. Output never depends on the current
/// culture: <see cref="Invariant"/> is the default everywhere, and Danish formatting is used only when asked for.
/// </summary>
public enum TableDialect
{
    /// <summary>
    /// Culture-invariant: <c>,</c>-separated CSV, decimal point (<c>0.125</c>), no thousands separators. Byte-identical
    /// on every machine and under every current culture; what the readers, R's <c>read.csv</c> and pandas expect.
    /// </summary>
    Invariant = 0,

    /// <summary>
    /// Danish conventions for spreadsheets and reports: CSV separated by <c>;</c> with a decimal comma (<c>0,125</c>,
    /// R's <c>read.csv2</c>; Excel with Danish regional settings), written with a UTF-8 byte-order mark so Excel reads
    /// æ, ø and å; text and Markdown tables with a decimal comma. No thousands separators, so every number still reads
    /// back unambiguously (the library's own readers accept it). JSON is always invariant (JSON numbers use a point).
    /// </summary>
    Danish = 1,
}
