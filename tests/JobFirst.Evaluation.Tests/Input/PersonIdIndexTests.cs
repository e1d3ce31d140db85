using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Support;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>
/// <see cref="PersonIdIndex"/> finds exactly what an ordinal <see cref="Dictionary{TKey, TValue}"/> of the
/// same ids finds, from characters and from ASCII bytes; and a register scan links exactly the rows whose
/// trimmed id is a roster id, whichever lookup path a row takes.
/// </summary>
public sealed class PersonIdIndexTests
{
    // Digits and letters, edge and inner white space, a quote, Latin-1 and non-Latin letters, a surrogate pair.
    private static readonly string[] Pieces =
    [
        "0",
        "1",
        "7",
        "a",
        "Z",
        "-",
        " ",
        "\t",
        "æ",
        "Ø",
        "å",
        "ß",
        "中",
        "😀",
        "\u00A0",
        "\"",
    ];

    [Fact]
    public void Lookups_equal_an_ordinal_dictionary_for_random_id_sets()
    {
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    var ids = RandomIds(random, random.Next(1, 400));
                    var index = new PersonIdIndex(random.Next(3) == 0 ? ids.Count : 0);
                    var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var id in ids)
                    {
                        bool added = index.TryAdd(id, out int existing);
                        Assert.Equal(dictionary.TryAdd(id, dictionary.Count), added);
                        Assert.Equal(added ? -1 : dictionary[id], existing);
                    }
                    Assert.Equal(dictionary.Count, index.Count);
                    // Present ids, their prefixes and extensions, and fresh random ids (mostly absent).
                    var queries = new List<string>(ids);
                    foreach (var id in ids)
                    {
                        queries.Add(id[..random.Next(id.Length + 1)]);
                        queries.Add(id + Pieces[random.Next(Pieces.Length)]);
                        queries.Add(" " + id);
                    }
                    queries.AddRange(RandomIds(random, 200));
                    foreach (var q in queries)
                    {
                        AssertSameAsDictionary(index, dictionary, q);
                    }
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void Many_ids_with_shared_prefixes_probe_past_collisions_and_grow()
    {
        // 60,000 ids differing only in their last digits: the table grows several times from empty, probes
        // run through occupied slots, and with 15 tag bits some slots match the tag of an absent id.
        var index = new PersonIdIndex();
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < 60_000; i++)
        {
            string id = "1234567890" + (i * 7).ToString(CultureInfo.InvariantCulture);
            Assert.True(index.TryAdd(id, out _));
            dictionary.Add(id, i);
        }
        for (int i = 0; i < 420_000; i++)
        {
            AssertSameAsDictionary(index, dictionary, "1234567890" + i.ToString(CultureInfo.InvariantCulture));
        }
        Assert.Equal(-1, index.IndexOf(""));
        Assert.Equal(-1, index.IndexOfAscii([]));
    }

    [Fact]
    public void Long_and_non_ascii_ids_are_found_from_characters_only()
    {
        var index = new PersonIdIndex();
        string longAscii = new('x', PersonIdIndex.MaxAsciiLength + 1);
        string exactlyMax = new('y', PersonIdIndex.MaxAsciiLength);
        Assert.True(index.TryAdd("Ærø1", out _));
        Assert.True(index.TryAdd(longAscii, out _));
        Assert.True(index.TryAdd(exactlyMax, out _));
        Assert.Equal(0, index.IndexOf("Ærø1"));
        Assert.Equal(1, index.IndexOf(longAscii));
        Assert.Equal(2, index.IndexOf(exactlyMax));
        Assert.Equal(PersonIdIndex.NotAscii, index.IndexOfAscii(Encoding.UTF8.GetBytes("Ærø1")));
        Assert.Equal(PersonIdIndex.NotAscii, index.IndexOfAscii(Encoding.ASCII.GetBytes(longAscii)));
        Assert.Equal(2, index.IndexOfAscii(Encoding.ASCII.GetBytes(exactlyMax)));
    }

    [Fact]
    public void Register_linkage_equals_trimmed_dictionary_matches_on_every_path()
    {
        using var dir = new TempDirectory();
        Prop.ForAll(
                Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
                seed =>
                {
                    var random = new Random(seed);
                    var rosterIds = RandomIds(random, 30)
                        .Select(id => id.Replace("\"", "", StringComparison.Ordinal).Trim())
                        .Where(id => id.Length > 0)
                        .Where(id => id is not "C1" and not "C2")
                        .Distinct(StringComparer.Ordinal)
                        .ToList();
                    var roster = new StringBuilder("person_id,arm,visitation_date,site,target_group\n");
                    rosterIds.AddRange(["C1", "C2"]); // both arms
                    for (int i = 0; i < rosterIds.Count; i++)
                    {
                        roster.Append(CultureInfo.InvariantCulture, $"\"{rosterIds[i]}\",{i % 2},2016-03-10,A,c\n");
                    }
                    var r = RosterReader.Read(dir.Write("roster.csv", roster.ToString()));
                    var rows = rosterIds
                        .Where(_ => random.Next(4) != 0)
                        .Concat(RandomIds(random, 20).Select(id => id.Replace("\"", "", StringComparison.Ordinal)))
                        .OrderBy(_ => random.Next())
                        .ToList();
                    var register = new StringBuilder("person_id,y_1610,y_1611\n");
                    var expected = new HashSet<int>();
                    var used = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var id in rows)
                    {
                        if (!used.Add(id.Trim()))
                        {
                            continue; // one row a person: repeats are the duplicate tests' business
                        }
                        // Padding (trimmed by the reader), a quoted id or a quoted cell later in the row.
                        string cell = random.Next(4) switch
                        {
                            0 => Pieces[6 + random.Next(2)] + id + Pieces[6 + random.Next(2)],
                            1 => $"\"{id}\"",
                            _ => id,
                        };
                        if (cell.Trim().Length == 0 || cell.Contains(',', StringComparison.Ordinal))
                        {
                            continue;
                        }
                        string later = random.Next(5) == 0 ? "\"130\"" : "130";
                        register.Append(CultureInfo.InvariantCulture, $"{cell},{later},\n");
                        int k = rosterIds.IndexOf(id.Trim());
                        if (k >= 0)
                        {
                            expected.Add(k);
                        }
                    }
                    var path = dir.Write("wide.csv", register.ToString());
                    var linked = new HashSet<int>();
                    var result = DreamWideReader.Scan(
                        path,
                        r,
                        CodebookTable.Default,
                        RegisterScanOptions.Default,
                        (i, w, _) =>
                        {
                            Assert.Equal(BenefitCategory.CashBenefit, w[0]);
                            linked.Add(i);
                        }
                    );
                    Assert.Equal(expected.Order(), linked.Order());
                    Assert.Equal(expected.Count, result.MatchedPersons);
                }
            )
            .Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    private static void AssertSameAsDictionary(PersonIdIndex index, Dictionary<string, int> dictionary, string id)
    {
        int expected = dictionary.TryGetValue(id, out int i) ? i : -1;
        Assert.Equal(expected, index.IndexOf(id));
        bool ascii = id.Length <= PersonIdIndex.MaxAsciiLength && Ascii.IsValid(id);
        Assert.Equal(ascii ? expected : PersonIdIndex.NotAscii, index.IndexOfAscii(Encoding.UTF8.GetBytes(id)));
    }

    private static List<string> RandomIds(Random random, int count)
    {
        var ids = new List<string>(count);
        for (int n = 0; n < count; n++)
        {
            int kind = random.Next(10);
            if (kind == 0 && ids.Count > 0)
            {
                ids.Add(ids[random.Next(ids.Count)]); // a repeat
                continue;
            }
            int length = kind == 1 ? random.Next(250, 300) : random.Next(0, 24);
            var id = new StringBuilder();
            // Mostly ASCII digits and letters, sometimes anything from the pieces.
            bool plain = random.Next(3) != 0;
            for (int c = 0; c < length; c++)
            {
                id.Append(plain ? Pieces[random.Next(5)] : Pieces[random.Next(Pieces.Length)]);
            }
            ids.Add(id.ToString());
        }
        return ids;
    }
}
