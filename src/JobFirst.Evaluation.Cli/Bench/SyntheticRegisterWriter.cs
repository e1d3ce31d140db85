using System.Globalization;
using System.Text;
using JobFirst.Evaluation.Calendar;

namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>
/// Writes large synthetic inputs for the benchmark quickly: a roster of <c>rosterPersons</c>, a wide
/// DREAM register of <c>registerPersons</c> (the roster persons first, then register-only persons,
/// interleaved) over <c>weeks</c> consecutive ISO weeks, and a weekly hours file for roster persons.
/// Codes come from the default codebook (cash benefit, internship, wage subsidy, sickness, blank).
/// Not calibrated: the simulator is for realism, this is for volume.
/// </summary>
internal static class SyntheticRegisterWriter
{
    public static readonly IsoWeek FirstWeek = new(2014, 1);

    public sealed record Paths(string Roster, string Register, string Hours);

    public static Paths Write(string directory, int rosterPersons, int registerPersons, int weeks, ulong seed)
    {
        Directory.CreateDirectory(directory);
        var paths = new Paths(
            Path.Combine(directory, "roster.csv"),
            Path.Combine(directory, "register.csv"),
            Path.Combine(directory, "hours.csv")
        );
        var rng = new SplitMix(seed);
        int followStart = Math.Min(weeks / 2, 156); // visitation in the second half leaves history before it
        var visit = new int[rosterPersons];
        using (var roster = new StreamWriter(paths.Roster, false, new UTF8Encoding(false), 1 << 16))
        {
            roster.Write("person_id,arm,visitation_date,site,target_group,gender,age,education\n");
            for (int i = 0; i < rosterPersons; i++)
            {
                visit[i] = followStart - 52 + (int)rng.Below(52);
                var date = FirstWeek.AddWeeks(visit[i]).Monday.AddDays((int)rng.Below(5));
                roster.Write(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"R{i:D8},{(rng.Below(2) == 0 ? "control" : "treatment")},{date:yyyy-MM-dd},site{rng.Below(15) + 1:D2},{(rng.Below(4) == 0 ? "resource_course" : "cash_benefit")},{(rng.Below(2) == 0 ? "female" : "male")},{20 + rng.Below(40)},{Educations[rng.Below(3)]}\n"
                    )
                );
            }
        }
        var codes = new[] { "", "", "", "131", "131", "131", "211", "215", "751", "131" };
        var line = new StringBuilder(weeks * 4 + 16);
        using var register = new StreamWriter(paths.Register, false, new UTF8Encoding(false), 1 << 20);
        using var hours = new StreamWriter(paths.Hours, false, new UTF8Encoding(false), 1 << 20);
        line.Append("person_id");
        for (int w = 0; w < weeks; w++)
        {
            line.Append(',').Append(FirstWeek.AddWeeks(w).ToDreamColumn());
        }
        line.Append('\n');
        register.Write(line);
        hours.Write("person_id,iso_week,hours\n");
        long stride = Math.Max(1, registerPersons / Math.Max(1, rosterPersons));
        int nextRoster = 0;
        var weekText = Enumerable.Range(0, weeks).Select(w => FirstWeek.AddWeeks(w).ToString()).ToArray();
        for (long r = 0; r < registerPersons; r++)
        {
            line.Clear();
            bool inRoster = nextRoster < rosterPersons && r % stride == 0;
            string id = inRoster
                ? string.Create(CultureInfo.InvariantCulture, $"R{nextRoster:D8}")
                : string.Create(CultureInfo.InvariantCulture, $"X{r:D9}");
            line.Append(id);
            int state = (int)rng.Below((ulong)codes.Length);
            for (int w = 0; w < weeks; w++)
            {
                if (rng.Below(8) == 0)
                {
                    state = (int)rng.Below((ulong)codes.Length);
                }
                line.Append(',').Append(codes[state]);
                if (inRoster && codes[state].Length == 0 && rng.Below(3) == 0)
                {
                    hours.Write(id);
                    hours.Write(',');
                    hours.Write(weekText[w]);
                    hours.Write(',');
                    hours.Write((5 + rng.Below(33)).ToString(CultureInfo.InvariantCulture));
                    hours.Write('\n');
                }
            }
            line.Append('\n');
            register.Write(line);
            if (inRoster)
            {
                nextRoster++;
            }
        }
        return paths;
    }

    private static readonly string[] Educations = ["primary", "upper_secondary", "higher"];

    /// <summary>SplitMix64: tiny, fast and stable across .NET versions.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public ulong Below(ulong n) => Next() % n;
    }
}
