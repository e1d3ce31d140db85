using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Register;

/// <summary>
/// Streams a DREAM wide register (one row per person, one <c>y_YYWW</c> column per ISO week, optional
/// <c>grad_YYYY_MM</c> columns) and hands each roster person's weekly categories to a handler.
/// </summary>
/// <remarks>
/// Memory grows with the roster, not the register: a row whose id is not in the roster is skipped
/// after reading only the id field (a vectorised search for the line end; the row is not tokenised
/// or otherwise validated). Matched rows are tokenised without allocating per cell, and the handler
/// receives views of two buffers that are reused for the next person.
/// </remarks>
public static class DreamWideReader
{
    /// <summary>Maximum weekly hours (24 × 7) accepted after spreading a month's employment degree.</summary>
    public const double MaxWeeklyHours = 168;

    /// <summary>Scans the register at <paramref name="path"/>, calling <paramref name="onPerson"/> once per roster person found, in file order.</summary>
    /// <returns>Layout and linkage counts.</returns>
    /// <exception cref="InputException">
    /// Malformed header (see <see cref="RegisterLayout.ParseWide"/>), ragged or malformed rows of roster
    /// persons, a roster person in two rows (unless <see cref="DuplicateRowPolicy.KeepFirst"/>), bad
    /// <c>grad</c> values, or codes the codebook does not map (one error listing all codes with counts,
    /// unless <see cref="UnknownCodePolicy.MapToOther"/>). With unknown codes under the error policy the
    /// handler stops being called at the first one while the scan continues to count them.
    /// </exception>
    public static RegisterScanResult Scan(
        string path,
        Roster.Roster roster,
        Codebook.Codebook codebook,
        RegisterScanOptions options,
        RegisterPersonHandler onPerson
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onPerson);

        using var reader = DelimitedReader.Open(path);
        var layout = RegisterLayout.ParseWide(reader.Header, path);
        int weekCount = layout.WeekCount;
        int[] weekColumns = layout.WeekColumnIndices;
        int idColumn = layout.IdColumn;
        var weeks = new IsoWeek[weekCount];
        for (int k = 0; k < weekCount; k++)
        {
            weeks[k] = layout.FirstWeek.AddWeeks(k);
        }
        var columnWeek = new int[reader.Header.Count];
        Array.Fill(columnWeek, -1);
        for (int k = 0; k < weekCount; k++)
        {
            columnWeek[weekColumns[k]] = k;
        }
        var grad = GradPlan.Create(layout, options.FullTimeMonthlyHours);
        var categories = new BenefitCategory[weekCount];
        var gradHours = grad.Columns.Length > 0 ? new float[weekCount] : [];
        var firstLine = new long[roster.Count];
        var unknown = new UnknownCodeTally();
        bool deliver = true;
        long rows = 0;
        long registerOnly = 0;
        long duplicates = 0;
        int matched = 0;

        while (reader.BeginRecord())
        {
            rows++;
            ReadOnlySpan<char> id;
            if (idColumn == 0)
            {
                id = reader.PeekFirstField();
            }
            else
            {
                reader.Tokenize();
                id = reader[idColumn];
            }
            if (!roster.TryGetIndex(id.Trim(), out int index))
            {
                registerOnly++;
                continue;
            }
            if (firstLine[index] != 0)
            {
                duplicates++;
                if (options.DuplicateRows == DuplicateRowPolicy.Error)
                {
                    throw reader.Error(
                        FormattableString.Invariant(
                            $"a roster person appears in two register rows (lines {firstLine[index]} and {reader.Line})"
                        ),
                        idColumn + 1
                    );
                }
                continue;
            }
            firstLine[index] = reader.Line;
            matched++;
            if (
                gradHours.Length == 0
                && !reader.RecordHasQuote
                && TryMapRowFast(reader.RawRecord, (byte)reader.Delimiter, columnWeek, codebook, weeks, categories)
            )
            {
                if (deliver)
                {
                    onPerson(index, categories, gradHours);
                }
                continue;
            }
            reader.Tokenize();
            for (int k = 0; k < weekCount; k++)
            {
                var cell = reader[weekColumns[k]];
                if (cell.IsEmpty)
                {
                    categories[k] = BenefitCategory.SelfSupport;
                }
                else if (codebook.TryMap(cell, weeks[k], out var category))
                {
                    categories[k] = category;
                }
                else
                {
                    unknown.Add(cell, reader.Line, weekColumns[k] + 1);
                    categories[k] = BenefitCategory.Other;
                    deliver &= options.UnknownCodes == UnknownCodePolicy.MapToOther;
                }
            }
            if (gradHours.Length > 0)
            {
                grad.Fill(reader, gradHours);
            }
            if (deliver)
            {
                onPerson(index, categories, gradHours);
            }
        }
        if (unknown.Total > 0 && options.UnknownCodes == UnknownCodePolicy.Error)
        {
            throw unknown.ToException(path);
        }
        return new RegisterScanResult(
            layout,
            rows,
            matched,
            roster.Count - matched,
            registerOnly,
            duplicates,
            unknown.ToList(),
            options.UnknownCodes
        );
    }

    /// <summary>
    /// Maps a plain row (no quotes, week cells empty or ASCII digits, every code known) straight from
    /// its UTF-8 bytes in one pass, without decoding or tokenising. Returns false, leaving the row to
    /// the general path (which reports ragged rows, odd cells and unknown codes), for anything else.
    /// </summary>
    private static bool TryMapRowFast(
        ReadOnlySpan<byte> row,
        byte delimiter,
        int[] columnWeek,
        Codebook.Codebook codebook,
        IsoWeek[] weeks,
        BenefitCategory[] categories
    )
    {
        int column = 0;
        int code = 0;
        int digits = 0;
        bool plain = true;
        for (int i = 0; ; i++)
        {
            if (i == row.Length || row[i] == delimiter)
            {
                if (column >= columnWeek.Length)
                {
                    return false;
                }
                int k = columnWeek[column];
                if (k >= 0)
                {
                    if (!plain || digits > 4)
                    {
                        return false;
                    }
                    if (digits == 0)
                    {
                        categories[k] = BenefitCategory.SelfSupport;
                    }
                    else if (codebook.TryMap(code, weeks[k], out var category))
                    {
                        categories[k] = category;
                    }
                    else
                    {
                        return false;
                    }
                }
                column++;
                if (i == row.Length)
                {
                    break;
                }
                code = 0;
                digits = 0;
                plain = true;
                continue;
            }
            uint d = (uint)(row[i] - (byte)'0');
            if (d <= 9)
            {
                code = code * 10 + (int)d;
                digits++;
            }
            else
            {
                plain = false;
            }
        }
        return column == columnWeek.Length;
    }

    /// <summary>Precomputed spreading of each <c>grad_YYYY_MM</c> column over the extract's week offsets.</summary>
    private sealed class GradPlan
    {
        private GradPlan(int[] columns, int[][] offsets, double[] hoursPerWeekAtFullTime)
        {
            Columns = columns;
            Offsets = offsets;
            HoursPerWeekAtFullTime = hoursPerWeekAtFullTime;
        }

        public int[] Columns { get; }

        private int[][] Offsets { get; }

        private double[] HoursPerWeekAtFullTime { get; }

        public static GradPlan Create(RegisterLayout layout, double fullTimeMonthlyHours)
        {
            if (!double.IsFinite(fullTimeMonthlyHours) || fullTimeMonthlyHours <= 0)
            {
                throw new InputException("full-time monthly hours must be a positive number");
            }
            int n = layout.GradColumnIndices.Length;
            var offsets = new int[n][];
            var perWeek = new double[n];
            for (int g = 0; g < n; g++)
            {
                var monthWeeks = layout.GradMonthArray[g].IsoWeeks();
                perWeek[g] = fullTimeMonthlyHours / monthWeeks.Count;
                offsets[g] = [.. monthWeeks.Where(layout.Contains).Select(w => w - layout.FirstWeek)];
            }
            return new GradPlan(layout.GradColumnIndices, offsets, perWeek);
        }

        public void Fill(DelimitedReader reader, float[] hours)
        {
            Array.Clear(hours);
            for (int g = 0; g < Columns.Length; g++)
            {
                var cell = reader[Columns[g]];
                if (cell.IsEmpty || cell.IsWhiteSpace() || Offsets[g].Length == 0)
                {
                    continue;
                }
                if (!DelimitedNumbers.TryParseDouble(cell, reader.Delimiter, out double degree))
                {
                    throw reader.Error("employment degree (grad) is not a number", Columns[g] + 1);
                }
                if (!double.IsFinite(degree) || degree < 0)
                {
                    throw reader.Error("employment degree (grad) must be a finite number >= 0", Columns[g] + 1);
                }
                double weekly = degree * HoursPerWeekAtFullTime[g];
                if (weekly > MaxWeeklyHours)
                {
                    throw reader.Error("employment degree (grad) gives more than 168 hours a week", Columns[g] + 1);
                }
                foreach (int k in Offsets[g])
                {
                    hours[k] = (float)weekly;
                }
            }
        }
    }
}
