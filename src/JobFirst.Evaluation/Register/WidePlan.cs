using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Register;

/// <summary>What a wide-register scan derives once from the header and shares between chunks (immutable).</summary>
internal sealed class WidePlan
{
    private WidePlan(
        RegisterLayout layout,
        IsoWeek[] weeks,
        int[] columnWeek,
        DreamWideReader.GradPlan grad,
        byte[] codeCategories
    )
    {
        CodeCategories = codeCategories;
        FieldTable = WideRowFastPath.FieldTable(codeCategories);
        Layout = layout;
        Weeks = weeks;
        ColumnWeek = columnWeek;
        Grad = grad;
    }

    public RegisterLayout Layout { get; }

    /// <summary>The ISO week of each week offset.</summary>
    public IsoWeek[] Weeks { get; }

    /// <summary>Per column: its week offset, or −1 for a column that is not a week.</summary>
    public int[] ColumnWeek { get; }

    public DreamWideReader.GradPlan Grad { get; }

    /// <summary>Per code, its category throughout the extract (see <see cref="Codebook.Codebook.CategoriesThroughout"/>).</summary>
    public byte[] CodeCategories { get; }

    /// <summary><see cref="CodeCategories"/> as the fast path's field table (see <see cref="WideRowFastPath.FieldTable"/>).</summary>
    public byte[] FieldTable { get; }

    public static WidePlan Create(
        DelimitedReader reader,
        string path,
        RegisterScanOptions options,
        Codebook.Codebook codebook
    )
    {
        var layout = RegisterLayout.ParseWide(reader.Header, path);
        int weekCount = layout.WeekCount;
        var weeks = new IsoWeek[weekCount];
        for (int k = 0; k < weekCount; k++)
        {
            weeks[k] = layout.FirstWeek.AddWeeks(k);
        }
        var columnWeek = new int[reader.Header.Count];
        Array.Fill(columnWeek, -1);
        for (int k = 0; k < weekCount; k++)
        {
            columnWeek[layout.WeekColumnIndices[k]] = k;
        }
        return new WidePlan(
            layout,
            weeks,
            columnWeek,
            DreamWideReader.GradPlan.Create(layout, options.FullTimeMonthlyHours),
            codebook.CategoriesThroughout(layout.FirstWeek, layout.LastWeek)
        );
    }
}
