using System.Globalization;
using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// "Flere skal med" monitoring (seed 003): the target groups of 88 municipalities followed weekly over
/// 24 months (2017-01 to 2018-12) as a wide register plus weekly hours — the same formats an evaluator
/// receives for a trial, so monthly shares come from the week-to-month convention. A week is "active" when
/// the person is in internship or wage subsidy, on SU education, or has ordinary hours. Municipality levels
/// are set so that 84 of 88 municipalities reach the result requirement (at least 40% of the group active
/// at least once within some 3 consecutive months, 003:27), with a quarter of the group never active after entry so
/// that about 72% are active at some point in the two years (003:26). Also writes a baseline/final survey.
/// </summary>
internal static class MonitoringScenario
{
    private static readonly IsoWeek FirstEntryWeek = new(2017, 1);
    private static readonly IsoWeek DefaultExtractEnd = new(2018, 52);
    private const int Municipalities = 88;
    private const int DefaultPersons = 6000;
    private const double SpellExit = 0.07;

    // About a quarter of the group is never active in the two years (003:26: 72% "at some point in job, education or
    // internship"), so activity is concentrated on the others; the municipality's 3-month level is theirs × (1 − share).
    private const double NeverActiveShare = 0.25;

    public static SimulatedStudy Generate(SimulationOptions options)
    {
        int n = Math.Max(options.Persons ?? DefaultPersons, Municipalities);
        IsoWeek extractEnd = options.ExtractEnd ?? DefaultExtractEnd;
        if (extractEnd < FirstEntryWeek.AddWeeks(26))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"The monitoring extract must end at or after {FirstEntryWeek.AddWeeks(26)}."
            );
        }
        IsoWeek extractStart = FirstEntryWeek.AddWeeks(-156);
        int weeks = extractEnd - extractStart + 1;
        var design = new DeterministicRandom(options.Seed, 0);
        var ids = new PseudonymIds(design);

        // Municipality sizes 1..4 relative, and the 3-month "ever active" level each aims at: four municipalities
        // clearly below the 40% requirement, the rest above it.
        var sizes = new int[Municipalities];
        var targets = new double[Municipalities];
        var failing = new HashSet<int>();
        while (failing.Count < 4)
        {
            failing.Add(design.Below(Municipalities));
        }
        for (int mu = 0; mu < Municipalities; mu++)
        {
            sizes[mu] = 1 + design.Below(4);
            targets[mu] = failing.Contains(mu) ? 0.18 + 0.06 * design.Uniform() : 0.46 + 0.20 * design.Uniform();
        }
        int[] counts = RumScenario.ScaleCounts(sizes, n);

        var persons = new List<SimulatedPerson>();
        var rows = new List<IReadOnlyList<string>>();
        int index = 0;
        var all = new List<(int Index, int Municipality, DateOnly Entry)>();
        for (int mu = 0; mu < Municipalities; mu++)
        {
            for (int j = 0; j < counts[mu]; j++, index++)
            {
                var rng = new DeterministicRandom(options.Seed, (ulong)index + 1);
                all.Add((index, mu, FirstEntryWeek.AddWeeks(rng.Below(13)).Monday.AddDays(rng.Below(5))));
            }
        }
        foreach (var (i, mu, entry) in all.OrderBy(a => a.Entry).ThenBy(a => a.Index))
        {
            var rng = new DeterministicRandom(options.Seed, 3_000_000UL + (ulong)i);
            bool neverActive = rng.Chance(NeverActiveShare);
            double level = neverActive ? 0 : WeeklyLevel(targets[mu] / (1 - NeverActiveShare));
            var data = SimulatePerson(rng, level, entry, extractStart, weeks);
            string id = ids.Next();
            string muni = Name(mu);
            var traits = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["gender"] = rng.Chance(0.47) ? "female" : "male",
                ["age"] = (25 + rng.Below(40)).ToString(CultureInfo.InvariantCulture),
            };
            persons.Add(
                new SimulatedPerson(
                    id,
                    null,
                    entry,
                    muni,
                    "cash_benefit",
                    true,
                    true,
                    data.Codes,
                    data.Categories(),
                    data.Hours,
                    traits
                )
            );
            rows.Add([
                id,
                entry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                muni,
                "cash_benefit",
                traits["gender"],
                traits["age"],
            ]);
        }
        var missing = Enumerable.Range(0, persons.Count).ToArray();
        design.Shuffle<int>(missing);
        foreach (int i in missing.Take(Math.Clamp(options.MissingFromRegister, 0, persons.Count)))
        {
            persons[i] = persons[i] with { InRegister = false };
        }
        int extra = (int)Math.Round(persons.Count * Math.Max(0, options.RegisterOnlyShare));
        for (int j = 0; j < extra; j++)
        {
            var rng = new DeterministicRandom(options.Seed, 8_000_000UL + (ulong)j);
            var entry = FirstEntryWeek.AddWeeks(rng.Below(13)).Monday;
            var data = SimulatePerson(rng, 0.05, entry, extractStart, weeks);
            persons.Add(
                new SimulatedPerson(
                    ids.Next(),
                    null,
                    entry,
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
        var sites = Enumerable
            .Range(0, Municipalities)
            .Select(mu => new SimulatedSite(Name(mu), counts[mu], targets[mu]))
            .ToList();
        var tables = new List<SimulatedTable>
        {
            new("participants.csv", ["person_id", "visitation_date", "site", "target_group", "gender", "age"], rows),
            SurveyTable(design),
        };
        return new SimulatedStudy(options, extractStart, extractEnd, persons, sites, tables, 1.0);
    }

    private static string Name(int mu) => string.Create(CultureInfo.InvariantCulture, $"K{mu + 1:D3}");

    /// <summary>
    /// The weekly active probability p whose stationary chain (exit q) is active at least once in 13 weeks
    /// with probability <paramref name="everShare"/>: 1 − (1 − p)(1 − a)^12 with a = p q / (1 − p).
    /// </summary>
    private static double WeeklyLevel(double everShare)
    {
        double lo = 0,
            hi = 0.9;
        for (int it = 0; it < 60; it++)
        {
            double p = (lo + hi) / 2;
            double a = p * SpellExit / (1 - p);
            double never = 1 - p;
            for (int w = 0; w < 12; w++)
            {
                never *= 1 - a;
            }
            (lo, hi) = 1 - never < everShare ? (p, hi) : (lo, p);
        }
        return (lo + hi) / 2;
    }

    private static PersonWeeks SimulatePerson(
        DeterministicRandom rng,
        double level,
        DateOnly entry,
        IsoWeek extractStart,
        int weeks
    )
    {
        var data = new PersonWeeks(weeks);
        int first = IsoWeek.FromDate(entry) - extractStart;
        short benefit = SimulatedCodes.Draw(rng, SimulatedCodes.CashBenefitFirst, 7);
        var track = default(MarkovTrack);
        double history = 0.03;
        track.Start(rng, history);
        int kind = 0;
        double hours = 0;
        for (int i = 0; i < weeks; i++)
        {
            double now = i - 1 < first ? history : level;
            double next = i < first ? history : level;
            if (i > 0 && track.Step(rng, now, next, SpellExit))
            {
                kind = rng.Pick([0.45, 0.15, 0.10, 0.30]);
                hours = 5 + 25 * rng.Uniform();
            }
            data.Codes[i] = benefit;
            if (!track.State)
            {
                continue;
            }
            switch (kind)
            {
                case 0:
                    data.Codes[i] = SimulatedCodes.InternshipFirst;
                    break;
                case 1:
                    data.Codes[i] = SimulatedCodes.WageSubsidyFirst;
                    break;
                case 2:
                    data.Codes[i] = SimulatedCodes.StudentGrant;
                    break;
                default:
                    data.Hours[i] = PersonWeeks.RoundHours(hours * (0.85 + 0.3 * rng.Uniform()));
                    break;
            }
        }
        return data;
    }

    private static SimulatedTable SurveyTable(DeterministicRandom rng)
    {
        // Baseline (nulpunktsmåling) and final survey of the municipalities, for "X of N municipalities" tables.
        (string Measure, double Baseline, double Final)[] measures =
        [
            ("written_strategy", 0.35, 0.80),
            ("dedicated_team", 0.45, 0.70),
            ("systematic_followup", 0.30, 0.75),
            ("employer_partnerships", 0.55, 0.85),
        ];
        var rows = new List<IReadOnlyList<string>>();
        for (int mu = 0; mu < Municipalities; mu++)
        {
            foreach (var (measure, baseline, final) in measures)
            {
                bool before = rng.Chance(baseline);
                bool after = before || rng.Chance((final - baseline) / (1 - baseline));
                rows.Add([Name(mu), "baseline", measure, before ? "1" : "0"]);
                rows.Add([Name(mu), "final", measure, after ? "1" : "0"]);
            }
            int caseloadBaseline = 45 + rng.Below(30);
            rows.Add([Name(mu), "baseline", "caseload", caseloadBaseline.ToString(CultureInfo.InvariantCulture)]);
            rows.Add([
                Name(mu),
                "final",
                "caseload",
                (caseloadBaseline - rng.Below(15)).ToString(CultureInfo.InvariantCulture),
            ]);
        }
        return new SimulatedTable("survey.csv", ["municipality", "round", "measure", "value"], rows);
    }
}
