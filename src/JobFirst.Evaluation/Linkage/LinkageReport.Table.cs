using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Linkage;

// Script and notebook conveniences: the report as a table, printed as aligned text.
public sealed partial record LinkageReport
{
    /// <summary>The report as a table <c>source, measure, count</c> (<see cref="ToRows"/>).</summary>
    public ResultTable ToTable() => ResultTable.FromRecords("Linkage", ToRows());

    /// <summary>The linkage counts as an aligned text table (counts only, never identifiers).</summary>
    public override string ToString() => ToTable().ToString();
}
