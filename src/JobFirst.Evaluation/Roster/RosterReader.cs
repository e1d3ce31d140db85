using System.Globalization;
using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Roster;

/// <summary>
/// Reads the trial roster CSV: <c>person_id, arm, visitation_date, site, target_group</c>, then any
/// covariate columns (see <c>data-schema/README.md</c>); or, for a design without a control group
/// (<see cref="RosterDesign.ParticipantsOnly"/>), the participants file with the same columns except
/// <c>arm</c>. Strict: every problem is an <see cref="InputException"/> naming file, line and column, never
/// the person id.
/// </summary>
public static class RosterReader
{
    /// <summary>The column names the roster must have (case-insensitive), in their documented order.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    ["person_id", "arm", "visitation_date", "site", "target_group"];

    /// <summary>Reads and validates the roster at <paramref name="path"/>.</summary>
    /// <remarks>
    /// <c>arm</c> accepts <c>treatment</c>/<c>control</c> or <c>1</c>/<c>0</c> (case-insensitive) and both
    /// arms must occur; <c>visitation_date</c> is <c>YYYY-MM-DD</c>; ids are kept as strings (trimmed of
    /// surrounding white space) and must be unique; an empty covariate cell is null.
    /// </remarks>
    public static Roster Read(string path) => Read(path, RosterDesign.RandomisedTrial);

    /// <summary>Reads and validates the roster or participants file at <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="design">
    /// <see cref="RosterDesign.RandomisedTrial"/>: as <see cref="Read(string)"/>.
    /// <see cref="RosterDesign.ParticipantsOnly"/>: no <c>arm</c> column (its presence is an error); every
    /// person is a participant (<see cref="Arm.Treatment"/>).
    /// </param>
    public static Roster Read(string path, RosterDesign design)
    {
        bool trial = design == RosterDesign.RandomisedTrial;
        using var reader = DelimitedReader.Open(path);
        var header = reader.Header;
        var columns = new int[RequiredColumns.Count];
        for (int r = 0; r < RequiredColumns.Count; r++)
        {
            columns[r] = -1;
        }
        var covariateColumns = new List<int>();
        var covariateNames = new List<string>();
        var seenNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int c = 0; c < header.Count; c++)
        {
            string name = header[c];
            if (name.Length == 0)
            {
                throw new InputException("a roster column has an empty name", path, 1, c + 1);
            }
            if (!seenNames.TryAdd(name, c))
            {
                throw new InputException(
                    FormattableString.Invariant(
                        $"column '{name}' appears twice in the header (columns {seenNames[name] + 1} and {c + 1})"
                    ),
                    path,
                    1,
                    c + 1
                );
            }
            int required = IndexOfRequired(name);
            if (!trial && required == 1)
            {
                throw new InputException(
                    "a participants file (no control group) must not have an 'arm' column; read it as a trial roster",
                    path,
                    1,
                    c + 1
                );
            }
            if (required >= 0)
            {
                columns[required] = c;
            }
            else
            {
                covariateColumns.Add(c);
                covariateNames.Add(name);
            }
        }
        for (int r = 0; r < columns.Length; r++)
        {
            if (columns[r] < 0 && (trial || r != 1))
            {
                string hint =
                    r == 1
                        ? " (a participants file without a control group is read as participants-only: --design participants)"
                        : "";
                throw new InputException($"the roster has no '{RequiredColumns[r]}' column{hint}", path, 1, 0);
            }
        }
        int idCol = columns[0];
        int armCol = columns[1];
        int dateCol = columns[2];
        int siteCol = columns[3];
        int groupCol = columns[4];

        var persons = new List<RosterPerson>();
        // id → roster index: finds a repeated id at its line and becomes the roster's own lookup.
        var indexById = new PersonIdIndex();
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var interner = interned.GetAlternateLookup<ReadOnlySpan<char>>();
        bool sawTreatment = false;
        bool sawControl = false;
        while (reader.ReadRecord())
        {
            var idSpan = reader[idCol].Trim();
            if (idSpan.IsEmpty)
            {
                throw reader.Error("empty person_id", idCol + 1);
            }
            string id = idSpan.ToString();
            if (!indexById.TryAdd(id, out int firstIndex))
            {
                throw reader.Error(
                    FormattableString.Invariant(
                        $"the same person appears twice in the roster (lines {persons[firstIndex].Line} and {reader.Line})"
                    ),
                    idCol + 1
                );
            }
            var arm = trial ? ParseArm(reader, armCol) : Arm.Treatment;
            sawTreatment |= arm == Arm.Treatment;
            sawControl |= arm == Arm.Control;
            if (!TryParseDate(reader[dateCol].Trim(), out var date))
            {
                throw reader.Error("visitation_date is not a date of the form YYYY-MM-DD", dateCol + 1);
            }
            string site = Intern(interner, reader[siteCol].Trim());
            string group = Intern(interner, reader[groupCol].Trim());
            var covariates = new string?[covariateColumns.Count];
            for (int k = 0; k < covariates.Length; k++)
            {
                var cell = reader[covariateColumns[k]].Trim();
                covariates[k] = cell.IsEmpty ? null : Intern(interner, cell);
            }
            persons.Add(
                new RosterPerson(
                    persons.Count,
                    id,
                    arm,
                    date,
                    IsoWeek.FromDate(date),
                    site,
                    group,
                    covariates,
                    reader.Line
                )
            );
        }
        if (persons.Count == 0)
        {
            throw new InputException("the roster has a header but no persons", path, 2, 0);
        }
        if (trial && (!sawTreatment || !sawControl))
        {
            throw new InputException(
                $"the arm column has only one level ({(sawTreatment ? "treatment" : "control")}); a trial roster needs both treatment and control",
                path,
                1,
                armCol + 1
            );
        }
        return new Roster(persons, covariateNames, path, idCol + 1, dateCol + 1, design, indexById);
    }

    // YYYY-MM-DD digit by digit (the usual case, 10× faster), else the framework's exact parse decides.
    private static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (
            text.Length == 10
            && text[4] == '-'
            && text[7] == '-'
            && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            && year >= 1
            && month is >= 1 and <= 12
            && day >= 1
            && day <= DateTime.DaysInMonth(year, month)
        )
        {
            date = new DateOnly(year, month, day);
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static int IndexOfRequired(string name)
    {
        for (int r = 0; r < RequiredColumns.Count; r++)
        {
            if (string.Equals(RequiredColumns[r], name, StringComparison.OrdinalIgnoreCase))
            {
                return r;
            }
        }
        return -1;
    }

    private static Arm ParseArm(DelimitedReader reader, int armCol)
    {
        var text = reader[armCol].Trim();
        if (text.Equals("treatment", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1"))
        {
            return Arm.Treatment;
        }
        if (text.Equals("control", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0"))
        {
            return Arm.Control;
        }
        throw reader.Error(
            "arm must be treatment/control or 1/0; the arm column has other than two levels",
            armCol + 1
        );
    }

    // Sites, groups and covariate levels repeat across thousands of rows; sharing one string per
    // distinct value keeps roster memory proportional to persons, not to cells.
    private static string Intern(
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> interner,
        ReadOnlySpan<char> value
    )
    {
        if (interner.TryGetValue(value, out var existing))
        {
            return existing;
        }
        string s = value.ToString();
        interner[value] = s;
        return s;
    }
}
