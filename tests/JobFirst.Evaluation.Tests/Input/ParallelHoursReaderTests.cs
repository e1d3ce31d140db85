using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>
/// The hours reader cut into parallel chunks, and its byte-level fast path, give exactly the table and
/// the errors of one sequential pass through the general (decode, tokenise, validate) path.
/// </summary>
public sealed class ParallelHoursReaderTests : IDisposable
{
    private static readonly IsoWeek First = new(2014, 50);
    private const int Weeks = 120;
    private readonly TempDirectory _dir = new();
    private readonly Evaluation.Roster.Roster _roster;

    public ParallelHoursReaderTests()
    {
        var roster = new StringBuilder("person_id,arm,visitation_date,site,target_group\n");
        for (int i = 0; i < 40; i++)
        {
            roster.Append(CultureInfo.InvariantCulture, $"P{i:D3},{i % 2},2016-03-10,A,c\n");
        }
        _roster = RosterReader.Read(_dir.Write("roster.csv", roster.ToString()));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Chunked_reads_equal_the_one_pass_read_for_random_files()
    {
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    var resolution = random.Next(3) == 0 ? HoursResolution.Monthly : HoursResolution.Weekly;
                    var path = _dir.Write("h.csv", RandomFile(random, resolution, quoteEverything: false));
                    var once = HoursReader.Read(path, _roster, resolution, 1);
                    int chunks = 2 + random.Next(9);
                    AssertSame(once, HoursReader.Read(path, _roster, resolution, chunks));
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    [Fact]
    public void Fast_path_and_general_path_agree()
    {
        // Quoting every field sends every row down the general path; the plain file takes the fast path.
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var resolution = seed % 3 == 0 ? HoursResolution.Monthly : HoursResolution.Weekly;
                    var plain = _dir.Write("plain.csv", RandomFile(new Random(seed), resolution, false));
                    var quoted = _dir.Write("quoted.csv", RandomFile(new Random(seed), resolution, true));
                    AssertSame(
                        HoursReader.Read(quoted, _roster, resolution, 1),
                        HoursReader.Read(plain, _roster, resolution, 1)
                    );
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    [Fact]
    public void Every_iso_week_of_1990_to_2040_parses_as_the_general_parser_does()
    {
        var text = new StringBuilder("person_id,iso_week,hours\n");
        var quoted = new StringBuilder("person_id,iso_week,hours\n");
        var week = new IsoWeek(1990, 1);
        int person = 0;
        while (week.Year <= 2040)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{person % 40:D3},{week},{person % 168}.25\n");
            quoted.Append(CultureInfo.InvariantCulture, $"P{person % 40:D3},\"{week}\",{person % 168}.25\n");
            week = week.AddWeeks(1);
            person++;
        }
        var fast = HoursReader.Read(_dir.Write("w.csv", text.ToString()), _roster, HoursResolution.Weekly, 3);
        var general = HoursReader.Read(_dir.Write("q.csv", quoted.ToString()), _roster, HoursResolution.Weekly, 1);
        AssertSame(general, fast, new IsoWeek(1990, 1), week - new IsoWeek(1990, 1));
    }

    [Theory]
    [InlineData("7.5")]
    [InlineData("0")]
    [InlineData("168")]
    [InlineData("168.000")]
    [InlineData("007")]
    [InlineData("1e1")]
    [InlineData(" 7")]
    [InlineData("7 ")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("123456789012345")]
    [InlineData("0.1234567890123456789")]
    public void Odd_hours_cells_read_as_the_general_parser_reads_them(string cell)
    {
        var plain = _dir.Write("p.csv", $"person_id,iso_week,hours\nP001,2016-W10,{cell}\n");
        var quoted = _dir.Write("q.csv", $"person_id,iso_week,hours\nP001,\"2016-W10\",{cell}\n");
        var general = Outcome(() => HoursReader.Read(quoted, _roster, HoursResolution.Weekly, 1));
        var fast = Outcome(() => HoursReader.Read(plain, _roster, HoursResolution.Weekly, 1));
        Assert.Equal(general.Error?.Message, fast.Error?.Message);
        if (general.Table is not null)
        {
            AssertSame(general.Table, fast.Table!);
        }
    }

    [Theory]
    [InlineData(" P001")]
    [InlineData("P001 ")]
    [InlineData("Pé01")]
    [InlineData("")]
    public void Ids_with_blanks_or_non_ascii_go_the_general_way(string id)
    {
        var path = _dir.Write("h.csv", $"person_id,iso_week,hours\n{id},2016-W10,3\nP002,2016-W10,4\n");
        var table = HoursReader.Read(path, _roster, HoursResolution.Weekly, 1);
        Assert.Equal(id.Trim() == "P001" ? 2 : 1, table.MatchedPersons);
        Assert.Equal(id.Trim() == "P001" ? 0 : 1, table.HoursOnlyRows);
    }

    [Fact]
    public void Semicolon_files_with_decimal_commas_take_the_fast_path_with_the_same_values()
    {
        var plain = _dir.Write("p.csv", "person_id;iso_week;hours\r\nP001;2016-W10;7,5\r\nP001;2016-W11;8.25\r\n");
        var quoted = _dir.Write(
            "q.csv",
            "person_id;iso_week;hours\r\nP001;\"2016-W10\";7,5\r\nP001;2016-W11;\"8.25\"\r\n"
        );
        AssertSame(
            HoursReader.Read(quoted, _roster, HoursResolution.Weekly, 1),
            HoursReader.Read(plain, _roster, HoursResolution.Weekly, 1)
        );
    }

    [Theory]
    [InlineData("P003,2016-W1O,3", 2)]
    [InlineData("P003,2016-W10,-3", 3)]
    [InlineData("P003,2016-W10,169", 3)]
    [InlineData("P003,2016-W10", 3)]
    [InlineData("P003,2016-W10,3,4", 4)]
    [InlineData("P003,2016-W10,NaN", 3)]
    [InlineData("P003,2016-W10,\"3", 0)]
    public void A_bad_row_in_a_later_chunk_is_reported_at_its_file_line(string bad, int column)
    {
        var text = new StringBuilder("person_id,iso_week,hours\n");
        for (int i = 0; i < 300; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{i % 40:D3},{First.AddWeeks(i / 40)},{i % 7}\n");
        }
        text.Append(bad).Append('\n');
        text.Append("P001,2016-W10,x\n"); // a second bad row later: the first one is reported
        var path = _dir.Write("bad.csv", text.ToString());
        var sequential = Assert.Throws<InputException>(() =>
            HoursReader.Read(path, _roster, HoursResolution.Weekly, 1)
        );
        Assert.Equal(302, sequential.Line);
        Assert.Equal(column, sequential.Column);
        for (int chunks = 2; chunks <= 6; chunks++)
        {
            var parallel = Assert.Throws<InputException>(() =>
                HoursReader.Read(path, _roster, HoursResolution.Weekly, chunks)
            );
            Assert.Equal(sequential.Diagnostic, parallel.Diagnostic);
        }
    }

    [Fact]
    public void Duplicates_across_chunks_name_the_first_two_lines_of_the_first_person_week()
    {
        var text = new StringBuilder("person_id,iso_week,hours\n");
        for (int i = 0; i < 200; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{i % 40:D3},{First.AddWeeks(i / 40)},1\n");
        }
        // P007 2015-W02 repeats at the end (and P030 too, but P007 comes first in roster order).
        text.Append("P030,2014-W50,2\nP007,2015-W02,2\nP007,2015-W02,3\n");
        var path = _dir.Write("dup.csv", text.ToString());
        var sequential = Assert.Throws<InputException>(() =>
            HoursReader.Read(path, _roster, HoursResolution.Weekly, 1)
        );
        Assert.Contains("lines 169 and 203", sequential.Message, StringComparison.Ordinal);
        Assert.Equal(203, sequential.Line);
        Assert.Equal(2, sequential.Column);
        for (int chunks = 2; chunks <= 6; chunks++)
        {
            var parallel = Assert.Throws<InputException>(() =>
                HoursReader.Read(path, _roster, HoursResolution.Weekly, chunks)
            );
            Assert.Equal(sequential.Diagnostic, parallel.Diagnostic);
        }
    }

    [Fact]
    public void A_quoted_line_break_across_a_chunk_boundary_falls_back_to_the_sequential_read()
    {
        // An extra column with quoted line breaks on every row: wherever a cut lands, it may split a record.
        var text = new StringBuilder("person_id,iso_week,hours,note\n");
        for (int i = 0; i < 200; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{i % 40:D3},{First.AddWeeks(i / 40)},{i % 9},\"a\nb\nc\"\n");
        }
        var path = _dir.Write("q.csv", text.ToString());
        var once = HoursReader.Read(path, _roster, HoursResolution.Weekly, 1);
        Assert.Equal(200, once.RowsRead);
        for (int chunks = 2; chunks <= 8; chunks++)
        {
            AssertSame(once, HoursReader.Read(path, _roster, HoursResolution.Weekly, chunks));
        }
    }

    private static (HoursTable? Table, InputException? Error) Outcome(Func<HoursTable> read)
    {
        try
        {
            return (read(), null);
        }
        catch (InputException e)
        {
            return (null, e);
        }
    }

    private static string RandomFile(Random random, HoursResolution resolution, bool quoteEverything)
    {
        char d = random.Next(3) == 0 ? ';' : ',';
        string newline = random.Next(2) == 0 ? "\n" : "\r\n";
        bool extraColumn = random.Next(3) == 0;
        var text = new StringBuilder();
        text.Append(
            resolution == HoursResolution.Weekly ? $"person_id{d}iso_week{d}hours" : $"person_id{d}month{d}hours"
        );
        text.Append(extraColumn ? $"{d}source" : "").Append(newline);
        var rows = new List<string>();
        var used = new HashSet<(string, int)>();
        int n = random.Next(400);
        for (int r = 0; r < n; r++)
        {
            string id = random.Next(8) == 0 ? $"X{random.Next(1000)}" : $"P{random.Next(40):D3}";
            int period = random.Next(resolution == HoursResolution.Weekly ? Weeks : 30);
            if (!used.Add((id, period)))
            {
                continue;
            }
            string periodText =
                resolution == HoursResolution.Weekly
                    ? First.AddWeeks(period).ToString()
                    : new YearMonth(2015, 1).AddMonths(period).ToString();
            double hours = random.Next(4) switch
            {
                0 => random.Next(40),
                1 => Math.Round(random.NextDouble() * 40, 2),
                2 => Math.Round(random.NextDouble() * 37, 6),
                _ => 0,
            };
            string hoursText = hours.ToString(CultureInfo.InvariantCulture);
            if (d == ';' && random.Next(2) == 0)
            {
                hoursText = hoursText.Replace('.', ',');
            }
            var fields = new List<string> { id, periodText, hoursText };
            if (extraColumn)
            {
                fields.Add(random.Next(2) == 0 ? "" : "eindkomst");
            }
            rows.Add(
                string.Join(d, fields.Select(f => quoteEverything ? $"\"{f}\"" : f))
                    + (random.Next(20) == 0 ? newline : "")
            );
        }
        if (random.Next(2) == 0)
        {
            rows.Sort(StringComparer.Ordinal);
        }
        foreach (var row in rows)
        {
            text.Append(row).Append(newline);
        }
        return text.ToString();
    }

    private static void AssertSame(HoursTable expected, HoursTable actual) =>
        AssertSame(expected, actual, First.AddWeeks(-10), Weeks + 200);

    private static void AssertSame(HoursTable expected, HoursTable actual, IsoWeek from, int weeks)
    {
        Assert.Equal(expected.RowsRead, actual.RowsRead);
        Assert.Equal(expected.HoursOnlyRows, actual.HoursOnlyRows);
        Assert.Equal(expected.MatchedPersons, actual.MatchedPersons);
        Assert.Equal(expected.PersonWeeks, actual.PersonWeeks);
        var a = new float[weeks];
        var b = new float[weeks];
        for (int p = 0; p < expected.RosterCount; p++)
        {
            expected.FillWeekly(p, from, a);
            actual.FillWeekly(p, from, b);
            Assert.Equal(a, b);
        }
    }
}
