using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Support;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>
/// <see cref="DreamWideReader.ScanParallel(string, Evaluation.Roster.Roster, CodebookTable, RegisterScanOptions, Func{RegisterPersonHandler}, Action?)"/>
/// cut into any number of chunks delivers the same persons, counts, unknown-code tallies and errors as
/// the one-pass <see cref="DreamWideReader.Scan"/>.
/// </summary>
public sealed class ParallelWideScanTests : IDisposable
{
    private static readonly string[] Codes = ["", "", "130", "211", "215", "750", "751", "997"];
    private readonly TempDirectory _dir = new();
    private readonly Evaluation.Roster.Roster _roster;

    public ParallelWideScanTests()
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
    public void Chunked_scans_equal_the_one_pass_scan_for_random_registers()
    {
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    var (text, options) = RandomRegister(random);
                    var path = _dir.Write("wide.csv", text);
                    var expected = Sequential(path, options);
                    var actual = Parallel(path, options, 2 + random.Next(9));
                    AssertSame(expected, actual);
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    [Fact]
    public void Generated_registers_scan_the_same_in_chunks_and_in_one_pass()
    {
        var path = _dir.File("generated.csv");
        RegisterScanBenchmark.GenerateWideFile(path, persons: 3000, weeks: 60, new IsoWeek(2015, 40), seed: 5);
        var roster = RegisterScanBenchmark.GenerateRoster(3000, every: 7, new IsoWeek(2016, 1));
        var expected = Outcome(() => Collect(path, roster, RegisterScanOptions.Default, 1));
        Assert.Null(expected.Error);
        Assert.Equal(roster.Count, expected.Persons!.Count);
        for (int chunks = 2; chunks <= 12; chunks += 5)
        {
            AssertSame(expected, Outcome(() => Collect(path, roster, RegisterScanOptions.Default, chunks)));
        }
    }

    [Fact]
    public void Unknown_codes_in_later_chunks_are_reported_at_their_file_line()
    {
        var text = new StringBuilder("person_id,y_1610,y_1611\n");
        for (int i = 0; i < 39; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{i:D3},130,{(i > 20 ? "5555" : "")}\n");
        }
        text.Append("P039,4444,4444\n");
        var path = _dir.Write("unknown.csv", text.ToString());
        var sequential = Assert.Throws<InputException>(() => Sequential(path, RegisterScanOptions.Default).Throw());
        Assert.Equal(23, sequential.Line);
        Assert.Contains("5555 (18)", sequential.Message, StringComparison.Ordinal);
        Assert.Contains("4444 (2)", sequential.Message, StringComparison.Ordinal);
        for (int chunks = 2; chunks <= 7; chunks++)
        {
            var parallel = Assert.Throws<InputException>(() =>
                Parallel(path, RegisterScanOptions.Default, chunks).Throw()
            );
            Assert.Equal(sequential.Diagnostic, parallel.Diagnostic);
        }
    }

    [Fact]
    public void Repeated_rows_across_chunks_keep_the_first_row_or_name_both_lines()
    {
        var text = new StringBuilder("person_id,y_1610,y_1611\n");
        for (int i = 0; i < 40; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{i:D3},130,\n");
        }
        text.Append("P003,211,211\nP010,215,\n");
        var path = _dir.Write("dup.csv", text.ToString());
        var error = Assert.Throws<InputException>(() => Sequential(path, RegisterScanOptions.Default).Throw());
        Assert.Contains("lines 5 and 42", error.Message, StringComparison.Ordinal);
        var keep = RegisterScanOptions.Default with { DuplicateRows = DuplicateRowPolicy.KeepFirst };
        var expected = Sequential(path, keep);
        Assert.Equal(2, expected.Result!.DuplicateRows);
        Assert.Equal(BenefitCategory.CashBenefit, expected.Persons![3][0]);
        for (int chunks = 2; chunks <= 7; chunks++)
        {
            var parallel = Assert.Throws<InputException>(() =>
                Parallel(path, RegisterScanOptions.Default, chunks).Throw()
            );
            Assert.Equal(error.Diagnostic, parallel.Diagnostic);
            AssertSame(expected, Parallel(path, keep, chunks));
        }
    }

    [Fact]
    public void A_quoted_line_break_across_a_chunk_boundary_restarts_sequentially()
    {
        var text = new StringBuilder("person_id,y_1610,note\n");
        for (int i = 0; i < 40; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P{i:D3},{Codes[i % Codes.Length]},\"x\ny\nP001,130,\"\n");
        }
        var path = _dir.Write("quoted.csv", text.ToString());
        var expected = Sequential(path, RegisterScanOptions.Default);
        Assert.Equal(40, expected.Persons!.Count);
        int restarts = 0;
        for (int chunks = 2; chunks <= 9; chunks++)
        {
            var persons = new ConcurrentDictionary<int, BenefitCategory[]>();
            var result = DreamWideReader.ScanParallel(
                path,
                _roster,
                CodebookTable.Default,
                RegisterScanOptions.Default,
                () => (i, w, _) => persons[i] = w.ToArray(),
                () =>
                {
                    restarts++;
                    persons.Clear();
                },
                chunks
            );
            AssertSame(expected, new ScanOutcome(result, new Dictionary<int, BenefitCategory[]>(persons), null));
        }
        Assert.True(restarts > 0);
    }

    private static (string Text, RegisterScanOptions Options) RandomRegister(Random random)
    {
        char d = random.Next(4) == 0 ? ';' : ',';
        string newline = random.Next(2) == 0 ? "\n" : "\r\n";
        int weeks = 1 + random.Next(12);
        var first = new IsoWeek(2015, 48).AddWeeks(random.Next(8));
        bool idFirst = random.Next(4) != 0;
        bool grad = random.Next(5) == 0;
        var columns = Enumerable.Range(0, weeks).Select(k => first.AddWeeks(k).ToDreamColumn()).ToList();
        if (random.Next(2) == 0)
        {
            columns.Reverse();
        }
        if (grad)
        {
            columns.Add("grad_2016_01");
        }
        columns.Insert(idFirst ? 0 : random.Next(columns.Count + 1), "person_id");
        var text = new StringBuilder(string.Join(d, columns)).Append(newline);
        var ids = Enumerable.Range(0, 40).Select(i => $"P{i:D3}").Where(_ => random.Next(5) != 0).ToList();
        ids.AddRange(Enumerable.Range(0, random.Next(60)).Select(i => $"X{i}"));
        bool duplicates = random.Next(3) == 0;
        if (duplicates)
        {
            ids.AddRange(ids.Where(_ => random.Next(10) == 0).ToList());
        }
        bool unknown = random.Next(3) == 0;
        ids = [.. ids.OrderBy(_ => random.Next())];
        foreach (var id in ids)
        {
            var cells = columns.Select(c =>
                c == "person_id" ? (random.Next(10) == 0 ? $" {id}" : id)
                : c.StartsWith("grad", StringComparison.Ordinal) ? (random.Next(2) == 0 ? "" : "0.5")
                : unknown && random.Next(30) == 0 ? "9876"
                : Codes[random.Next(Codes.Length)]
            );
            text.Append(string.Join(d, cells.Select(cell => random.Next(15) == 0 ? $"\"{cell}\"" : cell)));
            text.Append(newline);
        }
        var options = new RegisterScanOptions
        {
            UnknownCodes = random.Next(2) == 0 ? UnknownCodePolicy.MapToOther : UnknownCodePolicy.Error,
            DuplicateRows = random.Next(2) == 0 ? DuplicateRowPolicy.KeepFirst : DuplicateRowPolicy.Error,
        };
        return (text.ToString(), options);
    }

    private ScanOutcome Sequential(string path, RegisterScanOptions options) =>
        Outcome(() => Collect(path, _roster, options, null));

    private ScanOutcome Parallel(string path, RegisterScanOptions options, int chunks) =>
        Outcome(() => Collect(path, _roster, options, chunks));

    private static (RegisterScanResult, Dictionary<int, BenefitCategory[]>) Collect(
        string path,
        Evaluation.Roster.Roster roster,
        RegisterScanOptions options,
        int? chunks
    )
    {
        if (chunks is null)
        {
            var persons = new Dictionary<int, BenefitCategory[]>();
            var result = DreamWideReader.Scan(
                path,
                roster,
                CodebookTable.Default,
                options,
                (i, w, g) => persons.Add(i, [.. w, .. g.ToArray().Select(h => (BenefitCategory)(int)(h * 10))])
            );
            return (result, persons);
        }
        var concurrent = new ConcurrentDictionary<int, BenefitCategory[]>();
        var parallel = DreamWideReader.ScanParallel(
            path,
            roster,
            CodebookTable.Default,
            options,
            () => (i, w, g) => concurrent[i] = [.. w, .. g.ToArray().Select(h => (BenefitCategory)(int)(h * 10))],
            concurrent.Clear,
            chunks
        );
        return (parallel, new Dictionary<int, BenefitCategory[]>(concurrent));
    }

    private static ScanOutcome Outcome(Func<(RegisterScanResult, Dictionary<int, BenefitCategory[]>)> scan)
    {
        try
        {
            var (result, persons) = scan();
            return new ScanOutcome(result, persons, null);
        }
        catch (InputException e)
        {
            return new ScanOutcome(null, null, e);
        }
    }

    private static void AssertSame(ScanOutcome expected, ScanOutcome actual)
    {
        Assert.Equal(expected.Error?.Diagnostic, actual.Error?.Diagnostic);
        if (expected.Error is not null)
        {
            return;
        }
        var e = expected.Result!;
        var a = actual.Result!;
        Assert.Equal(e.RowsRead, a.RowsRead);
        Assert.Equal(e.MatchedPersons, a.MatchedPersons);
        Assert.Equal(e.RosterOnlyPersons, a.RosterOnlyPersons);
        Assert.Equal(e.RegisterOnlyRows, a.RegisterOnlyRows);
        Assert.Equal(e.DuplicateRows, a.DuplicateRows);
        Assert.Equal(e.UnknownCodes, a.UnknownCodes);
        Assert.Equal(e.Layout.FirstWeek, a.Layout.FirstWeek);
        Assert.Equal(expected.Persons!.Count, actual.Persons!.Count);
        foreach (var (index, weeks) in expected.Persons)
        {
            Assert.Equal(weeks, actual.Persons[index]);
        }
    }

    private sealed record ScanOutcome(
        RegisterScanResult? Result,
        Dictionary<int, BenefitCategory[]>? Persons,
        InputException? Error
    )
    {
        public void Throw()
        {
            if (Error is not null)
            {
                throw Error;
            }
        }
    }
}
