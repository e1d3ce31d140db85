namespace JobFirst.Evaluation.Register;

/// <summary>Row counts of a wide-register scan (or of one chunk of it); chunks add up.</summary>
internal sealed class WideScanCounts
{
    public long Rows { get; set; }

    public long RegisterOnly { get; set; }

    public long Duplicates { get; set; }

    public int Matched { get; set; }

    public void Add(WideScanCounts other)
    {
        Rows += other.Rows;
        RegisterOnly += other.RegisterOnly;
        Duplicates += other.Duplicates;
        Matched += other.Matched;
    }
}
