using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Input.Csv;
using JobFirst.Evaluation.Register;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>
/// The vectorised wide-row fast path (<see cref="WideRowFastPath.TryMap"/>) against its definition and
/// the general path: it accepts exactly the plain rows (right field count, week cells empty or 1–4
/// ASCII digits that the codebook maps that week), gives for them the categories the general
/// decode-and-tokenise path gives, and agrees with the byte-at-a-time <see cref="WideRowFastPath.TryMapScalar"/>.
/// </summary>
public sealed class WideRowFastPathTests
{
    private static readonly IsoWeek FirstWeek = new(2016, 50);

    private static readonly string[] Junk = [" ", "\"\"", "x", "-", "+", ".", "é", "\r", "\t", "1 ", " 1", "/", ":"];

    [Fact]
    public void Random_rows_are_declined_or_mapped_exactly_as_the_general_path_maps_them()
    {
        int rows = 0;
        int accepted = 0;
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    var setup = RandomSetup(random);
                    for (int r = 0; r < 20; r++)
                    {
                        string row = RandomRow(random, setup);
                        string ending = random.Next(3) switch
                        {
                            0 => "\n",
                            1 => "\r\n",
                            _ => "",
                        };
                        rows++;
                        accepted += CheckRow(setup, row, ending) ? 1 : 0;
                    }
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
        // Both outcomes are exercised: clean rows are accepted, rows with a defect declined.
        Assert.InRange(accepted, rows / 5, rows - rows / 5);
    }

    [Fact]
    public void Rows_around_vector_block_boundaries_map_every_delimiter_position()
    {
        // Every row length 20..200 and every placement of the delimiters relative to the 64-byte
        // blocks (a field ending on the block's last byte, a block starting with a delimiter, runs of
        // empty cells across a boundary, the last field ending exactly at a block end).
        var codebook = Codebook(
            (130, BenefitCategory.CashBenefit, null, null),
            (7, BenefitCategory.Internship, null, null)
        );
        string[] cells = ["", "7", "07", "130", "0130", "0007"];
        var random = new Random(17);
        int accepted = 0;
        for (int weeks = 1; weeks <= 70; weeks++)
        {
            var setup = Setup(codebook, weeks, idColumn: 0, ignoredColumns: 0, shuffle: false, random);
            for (int variant = 0; variant < 12; variant++)
            {
                var row = new StringBuilder(new string('P', 1 + variant % 5));
                for (int k = 0; k < weeks; k++)
                {
                    row.Append(',').Append(cells[(k * (variant + 1) + variant) % cells.Length]);
                }
                foreach (string ending in new[] { "\n", "\r\n", "" })
                {
                    Assert.True(CheckRow(setup, row.ToString(), ending));
                    accepted++;
                }
            }
        }
        Assert.Equal(70 * 12 * 3, accepted);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    public void Rows_of_block_boundary_lengths_are_mapped_with_a_delimiter_or_a_digit_as_last_byte(int length)
    {
        var codebook = Codebook((130, BenefitCategory.CashBenefit, null, null), (5, BenefitCategory.Leave, null, null));
        var random = new Random(length);
        foreach (bool endsEmpty in new[] { true, false })
        {
            // "P..." id, then ",130" cells, padded with the id so the row is exactly `length` bytes;
            // the last cell is empty (row ends in a delimiter) or "5".
            int weeks = (length - 2) / 4;
            string tail = endsEmpty ? "," : ",5";
            var body = new StringBuilder();
            for (int k = 0; k < weeks - 1; k++)
            {
                body.Append(",130");
            }
            body.Append(tail);
            string id = new('P', length - body.Length);
            string row = id + body;
            Assert.Equal(length, Encoding.UTF8.GetByteCount(row));
            var setup = Setup(codebook, weeks, idColumn: 0, ignoredColumns: 0, shuffle: false, random);
            foreach (string ending in new[] { "\n", "\r\n", "" })
            {
                Assert.True(CheckRow(setup, row, ending));
            }
            var categories = Map(setup, row);
            Assert.Equal(endsEmpty ? BenefitCategory.SelfSupport : BenefitCategory.Leave, categories![^1]);
            Assert.All(categories[..^1], c => Assert.Equal(BenefitCategory.CashBenefit, c));
            // One bad byte anywhere in a week cell is declined, wherever it falls in a block.
            for (int at = id.Length; at < row.Length; at++)
            {
                if (row[at] != ',')
                {
                    string bad = row[..at] + "x" + row[(at + 1)..];
                    Assert.False(CheckRow(setup, bad, ""));
                }
            }
        }
    }

    [Fact]
    public void Codes_whose_category_changes_within_the_extract_are_mapped_week_by_week()
    {
        var split = FirstWeek.AddWeeks(40);
        var codebook = Codebook(
            (140, BenefitCategory.IntegrationBenefit, null, split),
            (140, BenefitCategory.CashBenefit, split.AddWeeks(1), null),
            (2, BenefitCategory.Internship, split.AddWeeks(3), null)
        );
        var setup = Setup(codebook, 80, idColumn: 0, ignoredColumns: 0, shuffle: false, new Random(3));
        string row = "P1" + string.Concat(Enumerable.Repeat(",0140", 80));
        var categories = Map(setup, row)!;
        Assert.Equal(BenefitCategory.IntegrationBenefit, categories[40]);
        Assert.Equal(BenefitCategory.CashBenefit, categories[41]);
        // Code 2 is unknown before split + 3: declined there (the general path reports it), mapped after.
        Assert.False(CheckRow(setup, "P1" + string.Concat(Enumerable.Repeat(",2", 80)), ""));
        Assert.True(
            CheckRow(
                setup,
                "P1" + string.Concat(Enumerable.Repeat(",", 43)) + string.Concat(Enumerable.Repeat(",2", 37)),
                ""
            )
        );
    }

    [Fact]
    public void Rows_with_too_few_or_too_many_fields_are_declined()
    {
        var codebook = Codebook((130, BenefitCategory.CashBenefit, null, null));
        var setup = Setup(codebook, 30, idColumn: 0, ignoredColumns: 0, shuffle: false, new Random(5));
        string good = "P1" + string.Concat(Enumerable.Repeat(",130", 30));
        Assert.True(CheckRow(setup, good, ""));
        Assert.False(CheckRow(setup, good + ",", ""));
        Assert.False(CheckRow(setup, good + ",130", ""));
        Assert.False(CheckRow(setup, good[..^4], ""));
        Assert.False(CheckRow(setup, good + string.Concat(Enumerable.Repeat(",", 70)), ""));
    }

    private sealed record TestSetup(
        CodebookTable Codebook,
        WidePlan Plan,
        string Header,
        int[] Pool,
        int[] Always,
        int Columns
    );

    private static TestSetup RandomSetup(Random random)
    {
        // Codes of every length 1–4 (some sharing digits: 7, 70, 700, 7000), some mapped throughout,
        // some only from a week inside the extract (so they vary within it), the rest unknown.
        int weeks = random.Next(4) switch
        {
            0 => 1 + random.Next(15),
            1 => 15 + random.Next(40),
            _ => 50 + random.Next(250),
        };
        var entries = new List<(int Code, BenefitCategory Category, IsoWeek? From, IsoWeek? To)>();
        var pool = new List<int> { 0, 7, 70, 700, 7000, 9999, 130, 1, 42, 811, 5003 };
        var categories = Enum.GetValues<BenefitCategory>();
        foreach (int code in pool)
        {
            switch (random.Next(4))
            {
                case 0:
                    break;
                case 1:
                    var split = FirstWeek.AddWeeks(random.Next(weeks));
                    entries.Add((code, categories[random.Next(categories.Length)], null, split));
                    if (random.Next(2) == 0)
                    {
                        entries.Add((code, categories[random.Next(categories.Length)], split.AddWeeks(1), null));
                    }
                    break;
                default:
                    entries.Add((code, categories[random.Next(categories.Length)], null, null));
                    break;
            }
        }
        return Setup(
            Codebook([.. entries]),
            weeks,
            idColumn: random.Next(3) == 0 ? random.Next(3) : 0,
            ignoredColumns: random.Next(3) == 0 ? random.Next(1, 3) : 0,
            shuffle: random.Next(3) == 0,
            random,
            [.. pool]
        );
    }

    private static TestSetup Setup(
        CodebookTable codebook,
        int weeks,
        int idColumn,
        int ignoredColumns,
        bool shuffle,
        Random random,
        int[]? pool = null
    )
    {
        var names = Enumerable.Range(0, weeks).Select(k => FirstWeek.AddWeeks(k).ToDreamColumn()).ToList();
        if (shuffle)
        {
            names = [.. names.OrderBy(_ => random.Next())];
        }
        for (int i = 0; i < ignoredColumns; i++)
        {
            names.Insert(random.Next(names.Count + 1), $"note{i}");
        }
        names.Insert(Math.Min(idColumn, names.Count), "person_id");
        string header = string.Join(',', names);
        using var reader = DelimitedReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(header + "\n")), "wide.csv");
        var plan = WidePlan.Create(reader, "wide.csv", RegisterScanOptions.Default, codebook);
        pool ??= [];
        int[] always = [.. pool.Where(code => plan.Weeks.All(week => codebook.TryMap(code, week, out _)))];
        return new TestSetup(codebook, plan, header, pool, always, names.Count);
    }

    private static string RandomRow(Random random, TestSetup setup)
    {
        int fields = setup.Columns;
        int roll = random.Next(20);
        if (roll == 0)
        {
            fields += 1 + random.Next(3);
        }
        else if (roll == 1)
        {
            fields = Math.Max(1, fields - 1 - random.Next(3));
        }
        // Half the rows are clean (empty cells and codes mapped in every week, with leading zeros up
        // to four digits), a third of those with one defect in a random cell; the rest are messy.
        bool clean = random.Next(2) == 0;
        var cells = new string[fields];
        for (int c = 0; c < fields; c++)
        {
            cells[c] = clean ? CleanCell(random, setup.Always) : RandomCell(random, setup.Pool);
        }
        if (clean && random.Next(3) == 0)
        {
            cells[random.Next(fields)] = RandomCell(random, setup.Pool);
        }
        int id = setup.Plan.Layout.IdColumn;
        if (id < fields)
        {
            cells[id] =
                random.Next(8) == 0 ? "\"P 1\"" : "P" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
        }
        return string.Join(',', cells);
    }

    private static string CleanCell(Random random, int[] always)
    {
        if (always.Length == 0 || random.Next(5) < 2)
        {
            return "";
        }
        string code = always[random.Next(always.Length)].ToString(CultureInfo.InvariantCulture);
        return code.PadLeft(Math.Max(code.Length, random.Next(5)), '0');
    }

    private static string RandomCell(Random random, int[] pool)
    {
        int roll = random.Next(100);
        if (roll < 35)
        {
            return "";
        }
        string code =
            roll < 60 && pool.Length > 0
                ? pool[random.Next(pool.Length)].ToString(CultureInfo.InvariantCulture)
                : random.Next(roll < 80 ? 10_000 : 100_000).ToString(CultureInfo.InvariantCulture);
        // Leading zeros up to five characters in all (five is one too many for the fast path).
        int width = Math.Max(code.Length, random.Next(6));
        code = code.PadLeft(width, '0');
        if (roll >= 92)
        {
            int at = random.Next(code.Length + 1);
            code = code[..at] + Junk[random.Next(Junk.Length)] + code[at..];
        }
        return code;
    }

    /// <summary>
    /// Runs the row through both fast paths and the general path and checks the properties; returns
    /// whether the vectorised path accepted the row.
    /// </summary>
    private static bool CheckRow(TestSetup setup, string row, string ending)
    {
        var plan = setup.Plan;
        var codebook = setup.Codebook;
        int weeks = plan.Layout.WeekCount;
        byte[] bytes = Encoding.UTF8.GetBytes(setup.Header + "\n" + row + ending);
        using var reader = DelimitedReader.Open(new MemoryStream(bytes), "wide.csv");
        if (!reader.BeginRecord())
        {
            // An empty line carries no data and is skipped by every path.
            Assert.Empty(row.TrimEnd('\r'));
            return false;
        }
        var raw = reader.RawRecord;
        var fast = new WideRowFastPath(plan.ColumnWeek, plan.Layout.WeekColumnIndices, plan.FieldTable);
        var vector = new BenefitCategory[weeks];
        var scalar = new BenefitCategory[weeks];
        bool vectorAccepts = fast.TryMap(raw, (byte)reader.Delimiter, codebook, plan.Weeks, vector);
        bool scalarAccepts = WideRowFastPath.TryMapScalar(
            raw,
            (byte)reader.Delimiter,
            plan.ColumnWeek,
            codebook,
            plan.FieldTable,
            plan.Weeks,
            scalar
        );

        // The definition: split at delimiters, week cells empty or 1–4 digits the codebook maps.
        string[] split = Encoding.UTF8.GetString(raw).Split(reader.Delimiter);
        var defined = new BenefitCategory[weeks];
        bool plain = split.Length == plan.ColumnWeek.Length;
        for (int k = 0; plain && k < weeks; k++)
        {
            string cell = split[plan.Layout.WeekColumnIndices[k]];
            plain =
                cell.Length <= 4
                && cell.All(char.IsAsciiDigit)
                && (
                    cell.Length == 0
                    || codebook.TryMap(int.Parse(cell, CultureInfo.InvariantCulture), plan.Weeks[k], out defined[k])
                );
            if (cell.Length == 0)
            {
                defined[k] = BenefitCategory.SelfSupport;
            }
        }
        Assert.Equal(plain, vectorAccepts);
        Assert.Equal(plain, scalarAccepts);
        if (!plain)
        {
            return false;
        }
        Assert.Equal(defined, vector);
        Assert.Equal(scalar, vector);

        // The general path (as WideRowScanner runs it when the fast path declines) gives the same.
        if (!reader.RecordHasQuote)
        {
            reader.Tokenize();
            for (int k = 0; k < weeks; k++)
            {
                var cell = reader[plan.Layout.WeekColumnIndices[k]];
                var general = BenefitCategory.SelfSupport;
                Assert.True(cell.IsEmpty || codebook.TryMap(cell, plan.Weeks[k], out general));
                Assert.Equal(general, vector[k]);
            }
        }
        return true;
    }

    private static BenefitCategory[]? Map(TestSetup setup, string row)
    {
        var plan = setup.Plan;
        var fast = new WideRowFastPath(plan.ColumnWeek, plan.Layout.WeekColumnIndices, plan.FieldTable);
        var categories = new BenefitCategory[plan.Layout.WeekCount];
        return fast.TryMap(Encoding.UTF8.GetBytes(row), (byte)',', setup.Codebook, plan.Weeks, categories)
            ? categories
            : null;
    }

    private static CodebookTable Codebook(
        params (int Code, BenefitCategory Category, IsoWeek? From, IsoWeek? To)[] entries
    ) =>
        new(
            entries.Select(e => new CodebookEntry(e.Code, e.Code, e.Category, "test", e.From, e.To, 0)),
            "test codebook"
        );
}
