using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators;

// Script and notebook conveniences: the same ToTable() name as every other result, and printing as a table.
public sealed partial record CoverageResult
{
    /// <summary>The one-row table (<see cref="ToResultTable"/>).</summary>
    public ResultTable ToTable() => ToResultTable();

    /// <summary>The result as an aligned text table with the settings below it.</summary>
    public override string ToString() => ToTable().ToString();
}
