using System.Globalization;
using JobFirst.Evaluation.Calendar;
using C = JobFirst.Evaluation.Simulation.JobFirstCalibration;

namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// Generates the JobFirst randomised trial (seeds 000/001). Each person's week is the combination of
/// target-following two-state chains (<see cref="MarkovTrack"/>): internship, wage subsidy, ordinary hours,
/// self-support, sickness; the register code is the highest-priority active status
/// (exit &gt; wage subsidy &gt; internship &gt; SU &gt; self-support &gt; sickness &gt; the target group's benefit).
/// </summary>
internal static class JobFirstScenario
{
    public static readonly IsoWeek FirstVisitationWeek = new(2016, 9);
    public static readonly IsoWeek DefaultExtractEnd = new(2016, 52);
    private static readonly DateOnly TrialStart = new(2016, 3, 1);
    private const int DefaultPersons = 4856;

    private sealed record Design(int Index, SimulatedArm Arm, bool Resource, int Site, DateOnly Visitation);

    public static SimulatedStudy Generate(SimulationOptions options)
    {
        int n = options.Persons ?? DefaultPersons;
        IsoWeek extractEnd = options.ExtractEnd ?? DefaultExtractEnd;
        IsoWeek extractStart = FirstVisitationWeek.AddWeeks(-156);
        if (extractEnd < FirstVisitationWeek)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"The extract must end at or after {FirstVisitationWeek}."
            );
        }
        int weeks = extractEnd - extractStart + 1;
        var design = new DeterministicRandom(options.Seed, 0);
        double[] siteEffects = NormalisedSiteEffects();
        var ids = new PseudonymIds(design);

        var designs = Randomise(design, n);
        var persons = new List<SimulatedPerson>();
        var rosterRows = new List<IReadOnlyList<string>>();
        var siteCounts = new int[siteEffects.Length];
        foreach (var d in designs.OrderBy(d => d.Visitation).ThenBy(d => d.Index))
        {
            if (IsoWeek.FromDate(d.Visitation) > extractEnd)
            {
                continue; // Not yet visited when the extract was drawn: not in this roster.
            }
            var rng = new DeterministicRandom(options.Seed, (ulong)d.Index + 1);
            var traits = Covariates(rng, d.Resource, d.Visitation);
            var weeksData = SimulatePerson(
                rng,
                d.Arm,
                d.Resource,
                siteEffects[d.Site],
                d.Visitation,
                extractStart,
                weeks
            );
            string id = ids.Next();
            siteCounts[d.Site]++;
            persons.Add(
                Freeze(id, d.Arm, d.Visitation, SiteName(d.Site), d.Resource, inRoster: true, weeksData, traits)
            );
        }
        MarkMissing(design, persons, options.MissingFromRegister);
        foreach (var p in persons)
        {
            rosterRows.Add([
                p.PersonId,
                p.Arm == SimulatedArm.Treatment ? "treatment" : "control",
                p.VisitationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                p.Site,
                p.TargetGroup,
                p.Traits["gender"],
                p.Traits["birth_year"],
                p.Traits["origin"],
                p.Traits["education"],
            ]);
        }
        AddRegisterOnly(options, persons, ids, extractStart, extractEnd, weeks, siteEffects);

        var sites = new List<SimulatedSite>();
        for (int s = 0; s < siteEffects.Length; s++)
        {
            sites.Add(new SimulatedSite(SiteName(s), siteCounts[s], siteEffects[s]));
        }
        var tables = new List<SimulatedTable>
        {
            new(
                "roster.csv",
                [
                    "person_id",
                    "arm",
                    "visitation_date",
                    "site",
                    "target_group",
                    "gender",
                    "birth_year",
                    "origin",
                    "education",
                ],
                rosterRows
            ),
            SitesTable(design, siteEffects),
        };
        return new SimulatedStudy(options, extractStart, extractEnd, persons, sites, tables, C.HoursExitHazardRatio);
    }

    private static double[] NormalisedSiteEffects()
    {
        double total = 0,
            weighted = 0;
        for (int s = 0; s < C.SiteSizes.Length; s++)
        {
            total += C.SiteSizes[s];
            weighted += C.SiteSizes[s] * C.SiteEffects[s];
        }
        double mean = weighted / total;
        return C.SiteEffects.Select(e => e / mean).ToArray();
    }

    private static string SiteName(int s) => string.Create(CultureInfo.InvariantCulture, $"JC{s + 1:D2}");

    private static List<Design> Randomise(DeterministicRandom rng, int n)
    {
        // Exact cell counts scaled to n (largest remainder), then shuffled: arm x target group is fixed by design.
        int total = C.CellSizes.Sum();
        var counts = C.CellSizes.Select(c => (int)Math.Floor((double)c * n / total)).ToArray();
        var order = Enumerable
            .Range(0, counts.Length)
            .OrderByDescending(i => (double)C.CellSizes[i] * n / total - counts[i])
            .ThenBy(i => i)
            .ToArray();
        for (int k = 0; counts.Sum() < n; k++)
        {
            counts[order[k % order.Length]]++;
        }
        var cells = new int[n];
        int at = 0;
        for (int c = 0; c < counts.Length; c++)
        {
            for (int j = 0; j < counts[c]; j++)
            {
                cells[at++] = c;
            }
        }
        rng.Shuffle<int>(cells);

        // Stratified visitation quantiles keep the followable counts close to their targets at any n.
        var strata = Enumerable.Range(0, n).ToArray();
        rng.Shuffle<int>(strata);
        var designs = new List<Design>(n);
        for (int i = 0; i < n; i++)
        {
            double u = (strata[i] + rng.Uniform()) / n;
            double offset = C.VisitationCdf.Inverse(u);
            int weekOffset = Math.Min((int)offset, 94);
            var date = FirstVisitationWeek.AddWeeks(weekOffset).Monday.AddDays(rng.Below(5));
            if (date < TrialStart)
            {
                date = TrialStart;
            }
            int site = rng.Pick(C.SiteSizes);
            designs.Add(
                new Design(
                    i,
                    cells[i] < 2 ? SimulatedArm.Treatment : SimulatedArm.Control,
                    cells[i] % 2 == 1,
                    site,
                    date
                )
            );
        }
        return designs;
    }

    private static Dictionary<string, string> Covariates(DeterministicRandom rng, bool resource, DateOnly visitation)
    {
        int age = resource ? 30 + rng.Below(33) : 20 + rng.Below(38);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gender"] = rng.Chance(resource ? 0.55 : 0.48) ? "female" : "male",
            ["birth_year"] = (visitation.Year - age).ToString(CultureInfo.InvariantCulture),
            ["origin"] = rng.Pick([0.62, 0.30, 0.08]) switch
            {
                0 => "danish",
                1 => "immigrant",
                _ => "descendant",
            },
            ["education"] = rng.Pick([0.62, 0.30, 0.08]) switch
            {
                0 => "primary",
                1 => "upper_secondary_vocational",
                _ => "higher",
            },
        };
    }

    /// <summary>Multiplier of a site's baseline (control) employment level; mean 1 over sites when effects average 1.</summary>
    internal static double SiteBaseline(double siteEffect) =>
        C.SiteBaselineIntercept - (C.SiteBaselineIntercept - 1) * siteEffect;

    /// <summary>Mean-one person weight (a z + 1)^2 / (1 + a^2) for a standard normal z.</summary>
    private static double Weight(double z, double a) => (a * z + 1) * (a * z + 1) / (1 + a * a);

    internal static PersonWeeks SimulatePerson(
        DeterministicRandom rng,
        SimulatedArm arm,
        bool resource,
        double siteEffect,
        DateOnly visitation,
        IsoWeek extractStart,
        int weeks
    )
    {
        var data = new PersonWeeks(weeks);
        int first = IsoWeek.FromDate(visitation) - extractStart; // index of event week 1
        bool treated = arm == SimulatedArm.Treatment;

        double z = rng.Normal();
        double ze =
            C.ActivityEmploymentCorrelation * z
            + Math.Sqrt(1 - C.ActivityEmploymentCorrelation * C.ActivityEmploymentCorrelation) * rng.Normal();
        double wAct = Weight(z, C.ActivitySpread);
        double wEmp = Weight(ze, C.EmployedSpread);
        double uAct = Weight(z, C.EffectSpread);
        double uEmp = Weight(ze, C.EffectSpread);

        double internshipBase = resource ? C.InternshipResource : C.InternshipCash;
        double internshipEffect = treated ? siteEffect * (resource ? C.ResourceInternshipEffectFactor : 1) : 0;
        // Sites where many control persons find hours anyway have less room for an effect (001:119-121):
        // the site's baseline employment level falls with its effect multiplier (size-weighted mean 1).
        double employedFactor = (resource ? C.ResourceEmployedFactor : 1) * SiteBaseline(siteEffect);
        double employedEffect = treated ? siteEffect * (resource ? C.ResourceEffectFactor : 1) : 0;
        double historyWeeks = resource ? C.HistoryEmployedWeeksResource : C.HistoryEmployedWeeksCash;
        double startEmployed = C.EmployedControl.At(1) * employedFactor;
        // History level such that weeks -155..0 hold historyWeeks employed weeks on average, with a linear
        // ramp over weeks -12..0 up to the level at visitation: 150 base + 6 start = historyWeeks.
        double historyEmployed = Math.Max(0.001, (historyWeeks - 6 * startEmployed) / 150);
        double selfSupport = resource ? C.SelfSupportResource : C.SelfSupportCash;
        double sick = resource ? C.SickResource : C.SickCash;
        short benefitCode = SimulatedCodes.Draw(rng, SimulatedCodes.CashBenefitFirst, 7);
        short courseCode = SimulatedCodes.Draw(rng, SimulatedCodes.ResourceCourseFirst, 9);
        short sickCode = SimulatedCodes.Draw(rng, SimulatedCodes.SicknessFirst, 9);
        int courseStart = resource ? -20 - rng.Below(120) : int.MaxValue;

        double Internship(int k) =>
            Math.Min(
                0.95,
                internshipBase * wAct + (k >= 1 ? internshipEffect * uAct * C.InternshipIncrement.At(k) : 0)
            );
        double WageSubsidy(int k) =>
            k >= 1
                ? Math.Min(0.9, (C.WageSubsidy + (treated ? siteEffect * C.WageSubsidyIncrement.At(k) : 0)) * uAct)
                : C.WageSubsidyHistory * uAct;
        double Employed(int k)
        {
            if (k <= 0)
            {
                double ramp = Math.Max(0, (k + 12) / 13.0);
                return Math.Min(0.9, (historyEmployed + (startEmployed - historyEmployed) * ramp) * wEmp);
            }
            return Math.Min(
                0.9,
                C.EmployedControl.At(k) * employedFactor * wEmp + employedEffect * uEmp * C.EmployedIncrement.At(k)
            );
        }
        double EmployedExit(int k) => k >= 1 && treated ? C.EmployedExit * C.HoursExitHazardRatio : C.EmployedExit;
        double HoursLevel(int k) => k <= 0 ? C.HoursControl.At(1) : (treated ? C.HoursTreatment : C.HoursControl).At(k);
        bool TreatedSpell(int k) => treated && k >= 1;
        double FullTimeShare(int k) => TreatedSpell(k) ? C.FullTimeShareTreatment : C.FullTimeShareControl;
        double LongShare(int k) => TreatedSpell(k) ? C.LongPartTimeShareTreatment : C.LongPartTimeShareControl;
        double PartTimeLevel(int k) =>
            (
                HoursLevel(k)
                - FullTimeShare(k) * (C.FullTimeHours + C.FullTimeHoursSpread / 2)
                - LongShare(k) * (C.LongPartTimeHours + C.LongPartTimeHoursSpread / 2)
            ) / (1 - FullTimeShare(k) - LongShare(k));
        // One uniform decides the spell (so the random stream keeps its shape): a full-time spell (FullTime), a long
        // part-time spell (LongPartTime), or a scaled part-time level uniform on 0.3-1.7 (mean 1).
        double SpellLevel(int k, double u)
        {
            double full = FullTimeShare(k);
            double fullOrLong = full + LongShare(k);
            return u < full ? FullTime
                : u < fullOrLong ? LongPartTime
                : 0.3 + 1.4 * ((u - fullOrLong) / (1 - fullOrLong));
        }
        double WeekHours(int k, double level, double v) =>
            level == FullTime ? C.FullTimeHours + C.FullTimeHoursSpread * v
            : level == LongPartTime ? C.LongPartTimeHours + C.LongPartTimeHoursSpread * v
            : PartTimeLevel(k) * level * (0.9 + 0.2 * v);

        var internship = default(MarkovTrack);
        var wage = default(MarkovTrack);
        var employed = default(MarkovTrack);
        var support = default(MarkovTrack);
        var sickness = default(MarkovTrack);
        var student = default(MarkovTrack);
        int k0 = 1 - first; // event week of extract index 0
        internship.Start(rng, Internship(k0));
        wage.Start(rng, WageSubsidy(k0));
        employed.Start(rng, Employed(k0));
        support.Start(rng, selfSupport);
        sickness.Start(rng, sick);
        double spellLevel = SpellLevel(k0, rng.Uniform());
        short internshipCode = SimulatedCodes.Draw(rng, SimulatedCodes.InternshipFirst, 4);
        short wageCode = SimulatedCodes.Draw(rng, SimulatedCodes.WageSubsidyFirst, 5);
        short exitCode = 0;

        for (int i = 0; i < weeks; i++)
        {
            int k = k0 + i;
            if (i > 0)
            {
                if (
                    internship.Step(
                        rng,
                        Internship(k - 1),
                        Internship(k),
                        treated && k >= 1 ? C.InternshipExitTreatment : C.InternshipExit
                    )
                )
                {
                    internshipCode = SimulatedCodes.Draw(rng, SimulatedCodes.InternshipFirst, 4);
                }
                if (wage.Step(rng, WageSubsidy(k - 1), WageSubsidy(k), C.WageSubsidyExit))
                {
                    wageCode = SimulatedCodes.Draw(rng, SimulatedCodes.WageSubsidyFirst, 5);
                }
                if (employed.Step(rng, Employed(k - 1), Employed(k), EmployedExit(k)))
                {
                    spellLevel = SpellLevel(k, rng.Uniform());
                }
                support.Step(rng, selfSupport, selfSupport, C.SelfSupportExit);
                if (sickness.Step(rng, sick, sick, C.SickExit))
                {
                    sickCode = SimulatedCodes.Draw(rng, SimulatedCodes.SicknessFirst, 9);
                }
                student.Step(rng, k >= 1 ? C.StudentGrant : 0, k >= 1 ? C.StudentGrant : 0, 0.05);
                if (exitCode == 0 && k >= 1 && rng.Chance(C.ExitHazard))
                {
                    exitCode = SimulatedCodes.Draw(rng, SimulatedCodes.ExitFirst, 3);
                }
            }
            if (exitCode != 0)
            {
                data.Codes[i] = exitCode;
                continue;
            }
            double hours = employed.State ? PersonWeeks.RoundHours(WeekHours(k, spellLevel, rng.Uniform())) : 0;
            data.Hours[i] = hours;
            data.Codes[i] =
                wage.State ? wageCode
                : internship.State ? internshipCode
                : student.State ? SimulatedCodes.StudentGrant
                : support.State || (hours >= 30 && rng.Chance(0.75)) ? SimulatedCodes.Blank
                : sickness.State ? sickCode
                : k >= courseStart ? courseCode
                : benefitCode;
        }
        return data;
    }

    // Spell-level markers for the fixed-hours spell types (part-time levels are positive).
    private const double FullTime = -1;
    private const double LongPartTime = -2;

    private static SimulatedPerson Freeze(
        string id,
        SimulatedArm? arm,
        DateOnly visitation,
        string site,
        bool resource,
        bool inRoster,
        PersonWeeks data,
        IReadOnlyDictionary<string, string> traits
    ) =>
        new(
            id,
            arm,
            visitation,
            site,
            resource ? "resource_course" : "cash_benefit",
            inRoster,
            true,
            data.Codes,
            data.Categories(),
            data.Hours,
            traits
        );

    private static void MarkMissing(DeterministicRandom rng, List<SimulatedPerson> persons, int missing)
    {
        var indices = Enumerable.Range(0, persons.Count).ToArray();
        rng.Shuffle<int>(indices);
        foreach (int i in indices.Take(Math.Clamp(missing, 0, persons.Count)))
        {
            persons[i] = persons[i] with { InRegister = false };
        }
    }

    private static void AddRegisterOnly(
        SimulationOptions options,
        List<SimulatedPerson> persons,
        PseudonymIds ids,
        IsoWeek extractStart,
        IsoWeek extractEnd,
        int weeks,
        double[] siteEffects
    )
    {
        int extra = (int)Math.Round(persons.Count * Math.Max(0, options.RegisterOnlyShare));
        int span = extractEnd - FirstVisitationWeek + 1;
        for (int j = 0; j < extra; j++)
        {
            var rng = new DeterministicRandom(options.Seed, 10_000_000UL + (ulong)j);
            var date = FirstVisitationWeek.AddWeeks(rng.Below(span)).Monday.AddDays(rng.Below(5));
            bool resource = rng.Chance(0.23);
            var data = SimulatePerson(rng, SimulatedArm.Control, resource, siteEffects[0], date, extractStart, weeks);
            persons.Add(
                Freeze(ids.Next(), null, date, "", resource, inRoster: false, data, new Dictionary<string, string>())
            );
        }
    }

    private static SimulatedTable SitesTable(DeterministicRandom rng, double[] siteEffects)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (int s = 0; s < siteEffects.Length; s++)
        {
            double m = siteEffects[s];
            // Traits reported by the jobcentres (001:119-126): a high control success rate and a large caseload
            // go with small effects; a large internship share with large effects.
            double controlSuccess = C.EmployedControl.At(78) * SiteBaseline(m) * (0.95 + 0.1 * rng.Uniform());
            double internshipShare =
                (C.InternshipCash + C.InternshipIncrement.At(25) * m) * (0.92 + 0.16 * rng.Uniform());
            int caseload = (int)Math.Round(52 - 14 * (m - 1) + 8 * (rng.Uniform() - 0.5));
            rows.Add([
                SiteName(s),
                caseload.ToString(CultureInfo.InvariantCulture),
                Math.Round(controlSuccess, 3).ToString("0.###", CultureInfo.InvariantCulture),
                Math.Round(internshipShare, 3).ToString("0.###", CultureInfo.InvariantCulture),
            ]);
        }
        return new SimulatedTable("sites.csv", ["site", "caseload", "control_success_rate", "internship_share"], rows);
    }
}
