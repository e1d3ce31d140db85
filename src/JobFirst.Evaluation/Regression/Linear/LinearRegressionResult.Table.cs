using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Regression.Linear;

// Script and notebook conveniences: the same ToTable() name as every other result, and printing as a table.
public sealed partial record LinearRegressionResult
{
    /// <summary>The coefficient table (<see cref="ToResultTable(string)"/> with its default title).</summary>
    public ResultTable ToTable() => ToResultTable();

    /// <summary>The coefficients as an aligned text table with the fit statistics and conventions below it.</summary>
    public override string ToString() => ToTable().ToString();
}
