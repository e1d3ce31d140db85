using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Estimators;

// Script and notebook conveniences: the same ToTable() name as every other result, and printing as a table.
public sealed partial record DifferenceInMeansResult
{
    /// <summary>The one-row result table (<see cref="ToResultTable(string)"/> with its default title).</summary>
    public ResultTable ToTable() => ToResultTable();

    /// <summary>The result as an aligned text table with its conventions below it.</summary>
    public override string ToString() => ToTable().ToString();
}
