using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Codebook;

/// <summary>
/// An external, versioned mapping from DREAM benefit codes to <see cref="BenefitCategory"/>:
/// CSV columns <c>code, category, label, valid_from, valid_to</c>, where <c>code</c> is a number or a
/// range <c>750-758</c> and validity is given as ISO weeks (<c>2016-W10</c>, empty = open, both
/// inclusive). A blank register cell is <see cref="BenefitCategory.SelfSupport"/>.
/// </summary>
/// <remarks>
/// Codes are integers 0..<see cref="MaxCode"/>; the lookup is an array indexed by code holding that
/// code's validity intervals, so mapping a cell is a digit parse, an array access and an interval
/// check, with no allocation. Two entries for the same code whose validity overlaps are an error.
/// </remarks>
public sealed class Codebook
{
    /// <summary>The largest code a codebook can hold.</summary>
    public const int MaxCode = 9999;

    /// <summary>The resource name of the default codebook embedded in the library.</summary>
    public const string DefaultResourceName = "JobFirst.Evaluation.codebook.default.csv";

    private static readonly Lazy<Codebook> LazyDefault = new(LoadDefault);

    private readonly CodeRule[]?[] _rules = new CodeRule[]?[MaxCode + 1];

    /// <summary>Builds a codebook from entries, checking ranges and overlaps.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="source">Where the entries came from (for error messages).</param>
    /// <exception cref="InputException">A code outside 0..<see cref="MaxCode"/>, an empty validity period, or overlapping entries.</exception>
    public Codebook(IEnumerable<CodebookEntry> entries, string source)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Entries = [.. entries];
        var pending = new List<CodeRule>?[MaxCode + 1];
        var pendingLines = new List<long>?[MaxCode + 1];
        foreach (var e in Entries)
        {
            if (e.CodeFrom < 0 || e.CodeTo > MaxCode || e.CodeFrom > e.CodeTo)
            {
                throw new InputException(
                    FormattableString.Invariant(
                        $"code range {e.CodeFrom}-{e.CodeTo} must satisfy 0 <= from <= to <= {MaxCode}"
                    ),
                    source,
                    e.Line,
                    1
                );
            }
            int from = e.ValidFrom?.Index ?? int.MinValue;
            int to = e.ValidTo?.Index ?? int.MaxValue;
            if (from > to)
            {
                throw new InputException("valid_from is later than valid_to", source, e.Line, 4);
            }
            for (int code = e.CodeFrom; code <= e.CodeTo; code++)
            {
                var list = pending[code] ??= [];
                var lines = pendingLines[code] ??= [];
                for (int k = 0; k < list.Count; k++)
                {
                    if (list[k].From <= to && from <= list[k].To)
                    {
                        throw new InputException(
                            FormattableString.Invariant(
                                $"code {code} has overlapping validity periods (lines {lines[k]} and {e.Line})"
                            ),
                            source,
                            e.Line,
                            1
                        );
                    }
                }
                list.Add(new CodeRule(from, to, e.Category));
                lines.Add(e.Line);
            }
        }
        for (int code = 0; code <= MaxCode; code++)
        {
            if (pending[code] is { } list)
            {
                _rules[code] = [.. list];
            }
        }
    }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<CodebookEntry> Entries { get; }

    /// <summary>Where the codebook came from (file path or resource name).</summary>
    public string Source { get; }

    /// <summary>
    /// The default codebook shipped with the library (<c>data-schema/codebook.default.csv</c>): the
    /// documented facts from the domain brief plus ILLUSTRATIVE codes. Real analyses must supply the
    /// official table with <see cref="Load(string)"/>.
    /// </summary>
    public static Codebook Default => LazyDefault.Value;

    /// <summary>Reads a codebook CSV file.</summary>
    /// <exception cref="InputException">Malformed file, unknown category, bad range or validity, overlapping entries.</exception>
    public static Codebook Load(string path)
    {
        using var reader = DelimitedReader.Open(path);
        return Read(reader);
    }

    /// <summary>Reads a codebook CSV from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    public static Codebook Load(Stream stream, string sourceName)
    {
        using var reader = DelimitedReader.Open(stream, sourceName);
        return Read(reader);
    }

    /// <summary>
    /// Maps a register cell to its category in <paramref name="week"/>. A blank cell is
    /// <see cref="BenefitCategory.SelfSupport"/>. False when the code is not numeric, outside
    /// 0..<see cref="MaxCode"/>, absent from the codebook, or not valid in that week.
    /// </summary>
    public bool TryMap(ReadOnlySpan<char> code, IsoWeek week, out BenefitCategory category)
    {
        if (code.Length is > 0 and <= 4)
        {
            // Fast path for the usual 1-4 digit cell without blanks.
            int fast = 0;
            int i = 0;
            for (; i < code.Length; i++)
            {
                uint d = (uint)(code[i] - '0');
                if (d > 9)
                {
                    break;
                }
                fast = fast * 10 + (int)d;
            }
            if (i == code.Length)
            {
                return TryMap(fast, week, out category);
            }
        }
        if (code.IsEmpty || code.IsWhiteSpace())
        {
            category = BenefitCategory.SelfSupport;
            return true;
        }
        if (!TryParseCode(code, out int value))
        {
            category = BenefitCategory.Other;
            return false;
        }
        return TryMap(value, week, out category);
    }

    /// <summary>Maps a numeric code in <paramref name="week"/>; false when unknown or not valid that week.</summary>
    public bool TryMap(int code, IsoWeek week, out BenefitCategory category)
    {
        if ((uint)code <= MaxCode && _rules[code] is { } rules)
        {
            int w = week.Index;
            foreach (var rule in rules)
            {
                if (w >= rule.From && w <= rule.To)
                {
                    category = rule.Category;
                    return true;
                }
            }
        }
        category = BenefitCategory.Other;
        return false;
    }

    /// <summary>Marks a code in <see cref="CategoriesThroughout"/> that maps in no week of the window.</summary>
    internal const byte UnknownThroughout = 255;

    /// <summary>Marks a code in <see cref="CategoriesThroughout"/> whose mapping changes within the window.</summary>
    internal const byte VariesWithin = 254;

    /// <summary>
    /// Per code 0..<see cref="MaxCode"/>: its category (as a byte) when one entry maps it in every week of
    /// [<paramref name="first"/>, <paramref name="last"/>], <see cref="UnknownThroughout"/> when none maps it in
    /// any of them, else <see cref="VariesWithin"/> (ask <see cref="TryMap(int, IsoWeek, out BenefitCategory)"/>
    /// per week). Lets a scan map most cells with one array read.
    /// </summary>
    internal byte[] CategoriesThroughout(IsoWeek first, IsoWeek last)
    {
        var table = new byte[MaxCode + 1];
        int a = first.Index;
        int b = last.Index;
        for (int code = 0; code <= MaxCode; code++)
        {
            table[code] = UnknownThroughout;
            if (_rules[code] is not { } rules)
            {
                continue;
            }
            foreach (var rule in rules)
            {
                if (rule.From <= a && rule.To >= b)
                {
                    table[code] = (byte)rule.Category;
                    break;
                }
                if (rule.From <= b && rule.To >= a)
                {
                    table[code] = VariesWithin;
                }
            }
        }
        return table;
    }

    /// <summary>Parses a code cell (digits with optional surrounding blanks) to 0..<see cref="MaxCode"/>.</summary>
    public static bool TryParseCode(ReadOnlySpan<char> text, out int code)
    {
        code = 0;
        text = text.Trim();
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }
        int value = 0;
        foreach (char c in text)
        {
            uint d = (uint)(c - '0');
            if (d > 9)
            {
                return false;
            }
            value = value * 10 + (int)d;
        }
        if (value > MaxCode)
        {
            return false;
        }
        code = value;
        return true;
    }

    private static Codebook Read(DelimitedReader reader)
    {
        string[] names = ["code", "category", "label", "valid_from", "valid_to"];
        var col = new int[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            col[i] = reader.FindColumn(names[i]);
            if (col[i] < 0 && i != 2)
            {
                throw new InputException($"the codebook has no '{names[i]}' column", reader.File, 1, 0);
            }
        }
        var entries = new List<CodebookEntry>();
        while (reader.ReadRecord())
        {
            var codeText = reader[col[0]].Trim();
            int dash = codeText.IndexOf('-');
            int from;
            int to;
            if (dash < 0)
            {
                if (!TryParseCode(codeText, out from))
                {
                    throw reader.Error($"code must be an integer 0..{MaxCode} or a range like 750-758", col[0] + 1);
                }
                to = from;
            }
            else if (
                !TryParseCode(codeText[..dash], out from)
                || !TryParseCode(codeText[(dash + 1)..], out to)
                || from > to
            )
            {
                throw reader.Error($"code range must be two integers 0..{MaxCode}, low-high, like 750-758", col[0] + 1);
            }
            string categoryName = reader[col[1]].Trim().ToString();
            if (!BenefitCategoryNames.TryParse(categoryName, out var category))
            {
                throw reader.Error(
                    "unknown category; expected one of " + string.Join(", ", BenefitCategoryNames.All),
                    col[1] + 1
                );
            }
            string label = col[2] >= 0 ? reader[col[2]].Trim().ToString() : "";
            var validFrom = ParseWeek(reader, col[3]);
            var validTo = ParseWeek(reader, col[4]);
            entries.Add(new CodebookEntry(from, to, category, label, validFrom, validTo, reader.Line));
        }
        return new Codebook(entries, reader.File);
    }

    private static IsoWeek? ParseWeek(DelimitedReader reader, int column)
    {
        var text = reader[column].Trim();
        if (text.IsEmpty)
        {
            return null;
        }
        if (!IsoWeek.TryParse(text, out var week, out _))
        {
            throw reader.Error("validity must be an ISO week like 2016-W10 (or empty for open)", column + 1);
        }
        return week;
    }

    private static Codebook LoadDefault()
    {
        using var stream =
            typeof(Codebook).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException("The default codebook resource is missing from the assembly.");
        return Load(stream, "codebook.default.csv");
    }

    private readonly record struct CodeRule(int From, int To, BenefitCategory Category);
}
