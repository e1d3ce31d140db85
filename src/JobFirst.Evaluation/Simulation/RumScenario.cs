using System.Globalization;
using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// "Et mere rummeligt arbejdsmarked for borgere med handicap II" (seed 004): 1,017 participants in 11
/// municipalities, no control group. The first outcome after visitation — ordinary hours, SU education or
/// flexjob — follows a logistic model in individual traits with municipality intercepts solved so each
/// municipality's expected rate is its target (size-weighted 46.7%, range 20.5–60%, 004:811, 004:828).
/// Writes participants.csv (no arm column), municipalities.csv, screening.csv and targets.csv.
/// </summary>
internal static class RumScenario
{
    private static readonly IsoWeek FirstVisitationWeek = new(2019, 10);
    private static readonly IsoWeek DefaultExtractEnd = new(2021, 13);
    private const int DefaultPersons = 1017;
    private const int VisitationWeeks = 70;

    private static readonly int[] Sizes = [150, 130, 120, 110, 100, 95, 90, 75, 60, 50, 37];
    private static readonly double[] Rates = [0.50, 0.44, 0.55, 0.38, 0.60, 0.45, 0.52, 0.205, 0.48, 0.58, 0.33];
    private static readonly string[] SizeCategory =
    [
        "large",
        "large",
        "large",
        "medium",
        "medium",
        "medium",
        "medium",
        "small",
        "small",
        "small",
        "small",
    ];
    private static readonly string[] Region =
    [
        "capital",
        "central",
        "southern",
        "northern",
        "zealand",
        "capital",
        "central",
        "northern",
        "southern",
        "zealand",
        "central",
    ];

    private sealed record Participant(
        int Index,
        int Municipality,
        DateOnly Visitation,
        Dictionary<string, string> Traits,
        double Score
    );

    public static SimulatedStudy Generate(SimulationOptions options)
    {
        int n = options.Persons ?? DefaultPersons;
        IsoWeek extractEnd = options.ExtractEnd ?? DefaultExtractEnd;
        IsoWeek lastVisit = FirstVisitationWeek.AddWeeks(VisitationWeeks - 1);
        if (extractEnd < lastVisit.AddWeeks(26))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"The rum extract must end at or after {lastVisit.AddWeeks(26)}."
            );
        }
        IsoWeek extractStart = FirstVisitationWeek.AddWeeks(-156);
        int weeks = extractEnd - extractStart + 1;
        var design = new DeterministicRandom(options.Seed, 0);
        var ids = new PseudonymIds(design);
        int m = Sizes.Length;
        int[] counts = ScaleCounts(Sizes, n);

        var participants = new List<Participant>();
        int index = 0;
        for (int mu = 0; mu < m; mu++)
        {
            for (int j = 0; j < counts[mu]; j++, index++)
            {
                var rng = new DeterministicRandom(options.Seed, (ulong)index + 1);
                var date = FirstVisitationWeek.AddWeeks(rng.Below(VisitationWeeks)).Monday.AddDays(rng.Below(5));
                var (traits, score) = Traits(rng, SizeCategory[mu]);
                participants.Add(new Participant(index, mu, date, traits, score));
            }
        }

        // Municipality intercepts: bisection so the mean predicted probability equals the target rate.
        var intercepts = new double[m];
        for (int mu = 0; mu < m; mu++)
        {
            var scores = participants.Where(p => p.Municipality == mu).Select(p => p.Score).ToArray();
            double lo = -8,
                hi = 8;
            for (int it = 0; it < 60; it++)
            {
                double mid = (lo + hi) / 2;
                double mean = scores.Average(s => DeterministicMath.Logistic(mid + s));
                (lo, hi) = mean < Rates[mu] ? (mid, hi) : (lo, mid);
            }
            intercepts[mu] = (lo + hi) / 2;
        }

        var persons = new List<SimulatedPerson>();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var p in participants.OrderBy(p => p.Visitation).ThenBy(p => p.Index))
        {
            var rng = new DeterministicRandom(options.Seed, 5_000_000UL + (ulong)p.Index);
            double prob = DeterministicMath.Logistic(intercepts[p.Municipality] + p.Score);
            var data = SimulatePerson(rng, p, prob, extractStart, weeks);
            string id = ids.Next();
            string muni = MunicipalityName(p.Municipality);
            persons.Add(
                new SimulatedPerson(
                    id,
                    null,
                    p.Visitation,
                    muni,
                    p.Traits["benefit_group"],
                    true,
                    true,
                    data.Codes,
                    data.Categories(),
                    data.Hours,
                    p.Traits
                )
            );
            rows.Add([
                id,
                p.Visitation.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                muni,
                p.Traits["benefit_group"],
                p.Traits["gender"],
                p.Traits["age"],
                p.Traits["education_level"],
                p.Traits["benefit_history_weeks"],
                p.Traits["self_belief"],
                p.Traits["caseworker_belief"],
                p.Traits["disability"],
                p.Traits["municipality_size"],
            ]);
        }
        MarkMissingAndAddRegisterOnly(options, persons, ids, extractStart, weeks);

        var sites = Enumerable
            .Range(0, m)
            .Select(mu => new SimulatedSite(MunicipalityName(mu), counts[mu], Rates[mu]))
            .ToList();
        var tables = new List<SimulatedTable>
        {
            new(
                "participants.csv",
                [
                    "person_id",
                    "visitation_date",
                    "site",
                    "target_group",
                    "gender",
                    "age",
                    "education_level",
                    "benefit_history_weeks",
                    "self_belief",
                    "caseworker_belief",
                    "disability",
                    "municipality_size",
                ],
                rows
            ),
            MunicipalitiesTable(design, m),
            ScreeningTable(design, ids, persons, counts),
            TargetsTable(design, counts),
        };
        tables.AddRange(RegistrationTables(design, ids, persons));
        return new SimulatedStudy(options, extractStart, extractEnd, persons, sites, tables, 1.0);
    }

    internal static string MunicipalityName(int mu) => string.Create(CultureInfo.InvariantCulture, $"M{mu + 1:D2}");

    internal static int[] ScaleCounts(int[] sizes, int n)
    {
        int total = sizes.Sum();
        var counts = sizes.Select(s => Math.Max(1, (int)Math.Floor((double)s * n / total))).ToArray();
        for (int k = 0; counts.Sum() < n; k++)
        {
            counts[k % counts.Length]++;
        }
        return counts;
    }

    private static (Dictionary<string, string> Traits, double Score) Traits(DeterministicRandom rng, string size)
    {
        // Logit contributions (004:846-850): strong self-belief +24 pp, caseworker belief +27 pp, women +7 pp,
        // primary 39% vs upper-secondary/vocational 64%, activity-ready cash benefit −21 pp vs UI, longer history worse.
        double score = 0;
        bool female = rng.Chance(0.45);
        score += female ? 0.3 : 0;
        int education = rng.Pick([0.45, 0.40, 0.15]);
        score += education switch
        {
            1 => 1.35,
            2 => 1.6,
            _ => 0,
        };
        int group = rng.Pick([0.25, 0.35, 0.15, 0.25]);
        score += group switch
        {
            0 => 0.45,
            1 => -0.45,
            2 => 0.2,
            _ => -0.2,
        };
        bool selfBelief = rng.Chance(0.55);
        score += selfBelief ? 1.0 : 0;
        bool caseworker = rng.Chance(0.5);
        score += caseworker ? 1.1 : 0;
        int history = 10 + rng.Below(147);
        score -= 0.008 * (history - 80);
        int age = 18 + rng.Below(47);
        var traits = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gender"] = female ? "female" : "male",
            ["age"] = age.ToString(CultureInfo.InvariantCulture),
            ["education_level"] = education switch
            {
                0 => "primary",
                1 => "upper_secondary_vocational",
                _ => "higher",
            },
            ["benefit_group"] = group switch
            {
                0 => "unemployment_insurance",
                1 => "cash_benefit_activity_ready",
                2 => "cash_benefit_job_ready",
                _ => "resource_course",
            },
            ["benefit_history_weeks"] = history.ToString(CultureInfo.InvariantCulture),
            ["self_belief"] = selfBelief ? "strong" : "weak",
            ["caseworker_belief"] = caseworker ? "strong" : "weak",
            ["disability"] = rng.Pick([0.45, 0.35, 0.2]) switch
            {
                0 => "physical",
                1 => "mental",
                _ => "other",
            },
            ["municipality_size"] = size,
        };
        return (traits, score);
    }

    private static PersonWeeks SimulatePerson(
        DeterministicRandom rng,
        Participant p,
        double probability,
        IsoWeek extractStart,
        int weeks
    )
    {
        var data = new PersonWeeks(weeks);
        int first = IsoWeek.FromDate(p.Visitation) - extractStart;
        int history = int.Parse(p.Traits["benefit_history_weeks"], CultureInfo.InvariantCulture);
        short benefit = p.Traits["benefit_group"] switch
        {
            "unemployment_insurance" => SimulatedCodes.Draw(rng, SimulatedCodes.UnemploymentInsuranceFirst, 14),
            "resource_course" => SimulatedCodes.Draw(rng, SimulatedCodes.ResourceCourseFirst, 9),
            _ => SimulatedCodes.Draw(rng, SimulatedCodes.CashBenefitFirst, 7),
        };
        // History: the last benefit_history_weeks weeks before visitation on benefit, earlier weeks self-supporting
        // with some ordinary hours.
        for (int i = 0; i < first; i++)
        {
            int k = i - first + 1;
            if (-k < history)
            {
                data.Codes[i] = benefit;
            }
            else if (rng.Chance(0.5))
            {
                data.Hours[i] = PersonWeeks.RoundHours(20 + 17 * rng.Uniform());
            }
        }
        int followed = weeks - first;
        bool success = rng.Chance(probability);
        int outcomeWeek = success ? 2 + rng.Below(Math.Max(1, Math.Min(followed - 1, 52))) : int.MaxValue;
        int kind = rng.Pick([0.84, 0.12, 0.04]);
        short flexCode = SimulatedCodes.Draw(rng, SimulatedCodes.FlexjobFirst, 10);
        double level = 8 + 25 * rng.Uniform();
        bool internship = false;
        for (int t = 0; t < followed; t++)
        {
            int i = first + t;
            int k = t + 1;
            if (k < outcomeWeek)
            {
                internship = internship ? !rng.Chance(0.12) : rng.Chance(0.03);
                data.Codes[i] = internship ? (short)(SimulatedCodes.InternshipFirst) : benefit;
                continue;
            }
            switch (kind)
            {
                case 0:
                    data.Hours[i] = PersonWeeks.RoundHours(level * (0.85 + 0.3 * rng.Uniform()));
                    data.Codes[i] = level >= 25 ? SimulatedCodes.Blank : benefit;
                    break;
                case 1:
                    data.Codes[i] = SimulatedCodes.StudentGrant;
                    break;
                default:
                    data.Codes[i] = flexCode;
                    break;
            }
        }
        return data;
    }

    private static void MarkMissingAndAddRegisterOnly(
        SimulationOptions options,
        List<SimulatedPerson> persons,
        PseudonymIds ids,
        IsoWeek extractStart,
        int weeks
    )
    {
        var rng = new DeterministicRandom(options.Seed, 9_000_000);
        var indices = Enumerable.Range(0, persons.Count).ToArray();
        rng.Shuffle<int>(indices);
        foreach (int i in indices.Take(Math.Clamp(options.MissingFromRegister, 0, persons.Count)))
        {
            persons[i] = persons[i] with { InRegister = false };
        }
        int extra = (int)Math.Round(persons.Count * Math.Max(0, options.RegisterOnlyShare));
        for (int j = 0; j < extra; j++)
        {
            var source = persons[rng.Below(persons.Count)];
            var codes = new short[weeks];
            short code = SimulatedCodes.Draw(rng, SimulatedCodes.CashBenefitFirst, 7);
            for (int i = 0; i < weeks; i++)
            {
                codes[i] = rng.Chance(0.9) ? code : SimulatedCodes.Blank;
            }
            var data = new PersonWeeks(weeks);
            codes.CopyTo(data.Codes, 0);
            persons.Add(
                new SimulatedPerson(
                    ids.Next(),
                    null,
                    source.VisitationDate,
                    "",
                    "cash_benefit",
                    false,
                    true,
                    data.Codes,
                    data.Categories(),
                    data.Hours,
                    new Dictionary<string, string>()
                )
            );
        }
    }

    private static SimulatedTable MunicipalitiesTable(DeterministicRandom rng, int m)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (int mu = 0; mu < m; mu++)
        {
            rows.Add([
                MunicipalityName(mu),
                SizeCategory[mu],
                Region[mu],
                (rng.Chance(0.5) ? "yes" : "no"),
                (25 + rng.Below(30)).ToString(CultureInfo.InvariantCulture),
            ]);
        }
        return new SimulatedTable(
            "municipalities.csv",
            ["municipality", "size_category", "region", "dedicated_team", "caseload"],
            rows
        );
    }

    private static SimulatedTable ScreeningTable(
        DeterministicRandom rng,
        PseudonymIds ids,
        List<SimulatedPerson> persons,
        int[] counts
    )
    {
        // The funnel (004): screened -> accepted visitation -> visitation held -> visited. Visited persons are
        // the participants; the earlier steps add persons who dropped out, with municipality-specific step rates.
        var rows = new List<(string Municipality, DateOnly Date, string Id, int Accepted, int Held, int Visited)>();
        for (int mu = 0; mu < counts.Length; mu++)
        {
            string muni = MunicipalityName(mu);
            foreach (var p in persons.Where(p => p.InRoster && p.Site == muni))
            {
                rows.Add((muni, p.VisitationDate.AddDays(-14 - rng.Below(30)), p.PersonId, 1, 1, 1));
            }
            double visitedGivenHeld = 0.88 + 0.1 * rng.Uniform();
            double heldGivenAccepted = 0.8 + 0.15 * rng.Uniform();
            double acceptedGivenScreened = 0.55 + 0.3 * rng.Uniform();
            int held = (int)Math.Round(counts[mu] / visitedGivenHeld);
            int accepted = (int)Math.Round(held / heldGivenAccepted);
            int screened = (int)Math.Round(accepted / acceptedGivenScreened);
            var anchor = rows.Where(r => r.Municipality == muni)
                .Select(r => r.Date)
                .DefaultIfEmpty(new DateOnly(2019, 3, 1))
                .Min();
            for (int j = counts[mu]; j < screened; j++)
            {
                rows.Add((muni, anchor.AddDays(rng.Below(480)), ids.Next(), j < accepted ? 1 : 0, j < held ? 1 : 0, 0));
            }
        }
        var ordered = rows.OrderBy(r => r.Municipality, StringComparer.Ordinal)
            .ThenBy(r => r.Date)
            .ThenBy(r => r.Id, StringComparer.Ordinal);
        var table = ordered
            .Select(r =>
                (IReadOnlyList<string>)
                    [
                        r.Id,
                        r.Municipality,
                        r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        "1",
                        r.Accepted.ToString(CultureInfo.InvariantCulture),
                        r.Held.ToString(CultureInfo.InvariantCulture),
                        r.Visited.ToString(CultureInfo.InvariantCulture),
                    ]
            )
            .ToList();
        return new SimulatedTable(
            "screening.csv",
            [
                "person_id",
                "municipality",
                "screened_date",
                "screened",
                "accepted_visitation",
                "visitation_held",
                "visited",
            ],
            table
        );
    }

    /// <summary>
    /// Two registrations of the same participants for the data-linkage table (004:1498-1511): the jobcentres'
    /// system ("DFDG") also holds persons registered in municipalities outside the project and rows without a
    /// usable id; the project tool ("Tools") also holds a few test persons. Counts scale with the
    /// participants (1,017: DFDG 1,046 rows, 1,025 with an id; Tools 1,049 rows, 3 test persons).
    /// </summary>
    private static IEnumerable<SimulatedTable> RegistrationTables(
        DeterministicRandom rng,
        PseudonymIds ids,
        List<SimulatedPerson> persons
    )
    {
        var participants = persons.Where(p => p.InRoster).ToList();
        int outside = (int)Math.Round(29.0 * participants.Count / DefaultPersons);
        int blank = (int)Math.Round(21.0 * participants.Count / DefaultPersons);
        var others = Enumerable
            .Range(0, outside)
            .Select(j =>
                (
                    Id: ids.Next(),
                    Municipality: string.Create(CultureInfo.InvariantCulture, $"X{1 + rng.Below(5):D2}"),
                    Date: FirstVisitationWeek.AddWeeks(rng.Below(VisitationWeeks)).Monday.AddDays(rng.Below(5))
                )
            )
            .ToList();
        var blankRows = new HashSet<int>();
        while (blankRows.Count < Math.Min(blank, participants.Count))
        {
            blankRows.Add(rng.Below(participants.Count));
        }
        static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dfdg = new List<IReadOnlyList<string>>();
        var tools = new List<IReadOnlyList<string>>();
        for (int i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            dfdg.Add([blankRows.Contains(i) ? "" : p.PersonId, p.Site, Date(p.VisitationDate)]);
            // The tool's date occasionally differs by registration lag.
            var toolDate = rng.Chance(0.05) ? p.VisitationDate.AddDays(1 + rng.Below(14)) : p.VisitationDate;
            tools.Add([p.PersonId, p.Site, Date(toolDate), "0"]);
        }
        foreach (var (id, municipality, date) in others)
        {
            dfdg.Add([id, municipality, Date(date)]);
            tools.Add([id, municipality, Date(date), "0"]);
        }
        for (int t = 0; t < 3; t++)
        {
            tools.Add([ids.Next(), MunicipalityName(rng.Below(Sizes.Length)), Date(FirstVisitationWeek.Monday), "1"]);
        }
        yield return new SimulatedTable(
            "registration_dfdg.csv",
            ["person_id", "municipality", "visitation_date"],
            dfdg
        );
        yield return new SimulatedTable(
            "registration_tools.csv",
            ["person_id", "municipality", "visitation_date", "test_person"],
            tools
        );
    }

    private static SimulatedTable TargetsTable(DeterministicRandom rng, int[] counts)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (int mu = 0; mu < counts.Length; mu++)
        {
            int original = (int)Math.Round(counts[mu] * (1.05 + 0.5 * rng.Uniform()));
            int adjusted = (int)Math.Round(original * (0.7 + 0.3 * rng.Uniform()));
            rows.Add([
                MunicipalityName(mu),
                original.ToString(CultureInfo.InvariantCulture),
                adjusted.ToString(CultureInfo.InvariantCulture),
            ]);
        }
        return new SimulatedTable("targets.csv", ["municipality", "original_target", "adjusted_target"], rows);
    }
}
