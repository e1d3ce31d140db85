using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Linkage;

namespace JobFirst.Evaluation.Tests.Input;

public class LinkageTests
{
    [Fact]
    public void Report_counts_every_source_and_never_prints_ids()
    {
        using var f = new RegisterFixture();
        var (scan, _) = f.ScanWide(
            "pnr,y_1610\nSECRET1,130\nOUTSIDER9,\nSECRET1,\n",
            new Evaluation.Register.RegisterScanOptions
            {
                DuplicateRows = Evaluation.Register.DuplicateRowPolicy.KeepFirst,
            }
        );
        var hoursPath = f.Dir.Write("h.csv", "person_id,iso_week,hours\nSECRET2,2016-W10,3\nOUTSIDER9,2016-W10,1\n");
        var hours = HoursReader.ReadWeekly(hoursPath, f.Roster);
        var report = LinkageReport.Create(f.Roster, scan, hours);
        var rows = report.ToRows().ToDictionary(r => r.Source + "/" + r.Measure, r => r.Count);
        Assert.Equal(3, rows["roster/rows_read"]);
        Assert.Equal(0, rows["roster/duplicates"]);
        Assert.Equal(3, rows["register/rows_read"]);
        Assert.Equal(1, rows["register/matched"]);
        Assert.Equal(2, rows["register/roster_only"]);
        Assert.Equal(1, rows["register/register_only"]);
        Assert.Equal(1, rows["register/duplicates"]);
        Assert.Equal(1, rows["hours/matched"]);
        Assert.Equal(1, rows["hours/hours_only"]);
        Assert.Equal(1, rows["register/excluded: person not in the roster"]);
        Assert.Equal(1, rows["hours/excluded: person not in the roster"]);

        using var csv = new StringWriter();
        LinkageTableWriter.WriteCsv(report.ToRows(), csv);
        Assert.StartsWith(
            "source,measure,count\nroster,rows_read,3\nroster,duplicates,0\n",
            csv.ToString(),
            StringComparison.Ordinal
        );
        using var json = new StringWriter();
        LinkageTableWriter.WriteJson(report.ToRows(), json);
        foreach (var text in new[] { csv.ToString(), json.ToString() })
        {
            Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
            Assert.DoesNotContain("OUTSIDER", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Two_source_linkage_reproduces_the_shape_of_the_seed_discrepancy_table()
    {
        // Seed 004, Tabel 1: DFDG 1046 observations, Tools 1049 (3 test persons); 21 Tools ids mistyped.
        var dfdg = Enumerable.Range(0, 1046).Select(i => new LinkageRecord($"id{i}")).ToList();
        var tools = Enumerable
            .Range(0, 1025)
            .Select(i => new LinkageRecord($"id{i}"))
            .Concat(Enumerable.Range(0, 21).Select(i => new LinkageRecord($"typo{i}")))
            .Concat(Enumerable.Range(0, 3).Select(_ => new LinkageRecord("x", "test person")))
            .ToList();
        var result = TwoSourceLinkage.Link(dfdg, tools, "dfdg", "tools");
        Assert.Equal(1046, result.ObservationsA);
        Assert.Equal(1049, result.ObservationsB);
        Assert.Equal(1046, result.ValidA);
        Assert.Equal(1046, result.ValidB);
        Assert.Equal(1025, result.Matched);
        Assert.Equal(21, result.OnlyInA);
        Assert.Equal(21, result.OnlyInB);
        Assert.Equal([new ExclusionCount("tools", "test person", 3)], result.Excluded);
        Assert.Equal(1025, result.Pairs.Count);
        Assert.All(result.Pairs, p => Assert.Equal(p.IndexA, p.IndexB));
        Assert.DoesNotContain(
            result.ToRows(),
            r =>
                r.Measure.Contains("id", StringComparison.Ordinal)
                && r.Measure.StartsWith("id", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Two_source_linkage_excludes_blank_and_repeated_ids()
    {
        var a = new[]
        {
            new LinkageRecord("1"),
            new LinkageRecord(" "),
            new LinkageRecord("1"),
            new LinkageRecord(null),
            new LinkageRecord("2"),
        };
        var b = new[] { new LinkageRecord("2 ") };
        var result = TwoSourceLinkage.Link(a, b);
        Assert.Equal(2, result.ValidA);
        Assert.Equal(1, result.Matched);
        Assert.Equal([new MatchedPair(4, 0)], result.Pairs);
        Assert.Equal(
            [new ExclusionCount("a", "blank id", 2), new ExclusionCount("a", "repeated id (first record kept)", 1)],
            result.Excluded
        );
    }
}
