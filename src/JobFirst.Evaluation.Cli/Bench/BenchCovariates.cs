using System.Globalization;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Studies;

namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>
/// Person-level covariates of the benchmark (bench/SPEC.md stages 5–7), one entry per roster person found
/// in the register, in roster order: arm, roster covariates, history covariates and employment in event
/// week 26 (NaN when that week is not observed).
/// </summary>
internal sealed class BenchCovariates
{
    public const int LogitWeek = 26;

    private BenchCovariates(int count)
    {
        Treatment = new double[count];
        Female = new double[count];
        Age = new double[count];
        ResourceCourse = new double[count];
        EducUpperSecondary = new double[count];
        EducHigher = new double[count];
        HistEmployed = new double[count];
        HistSelfSupport = new double[count];
        HistSick = new double[count];
        Employed26 = new double[count];
    }

    public int Count => Treatment.Length;

    public double[] Treatment { get; }

    public double[] Female { get; }

    public double[] Age { get; }

    public double[] ResourceCourse { get; }

    public double[] EducUpperSecondary { get; }

    public double[] EducHigher { get; }

    public double[] HistEmployed { get; }

    public double[] HistSelfSupport { get; }

    public double[] HistSick { get; }

    public double[] Employed26 { get; }

    /// <summary>Collects the covariates of the study's linked persons.</summary>
    /// <exception cref="InputException">The roster lacks gender, age or education, or an age is not a number.</exception>
    public static BenchCovariates From(Study study)
    {
        var roster = study.Roster;
        var panel = study.Panel;
        int gender = Column(roster, "gender");
        int age = Column(roster, "age");
        int education = Column(roster, "education");
        int linked = 0;
        for (int p = 0; p < panel.PersonCount; p++)
        {
            linked += panel.IsLinked(p) ? 1 : 0;
        }
        var c = new BenchCovariates(linked);
        // Roster cells are interned strings, so a parsed age is cached by reference.
        var ages = new Dictionary<string, double>(ReferenceEqualityComparer.Instance);
        int i = 0;
        for (int p = 0; p < panel.PersonCount; p++)
        {
            if (!panel.IsLinked(p))
            {
                continue;
            }
            var person = roster.Persons[p];
            c.Treatment[i] = person.Arm == Roster.Arm.Treatment ? 1 : 0;
            c.Female[i] = person.Covariates[gender] == "female" ? 1 : 0;
            string ageText = person.Covariates[age] ?? "";
            if (!ages.TryGetValue(ageText, out double a))
            {
                if (!double.TryParse(ageText, NumberStyles.Float, CultureInfo.InvariantCulture, out a))
                {
                    throw new InputException("age is not a number", roster.SourceFile, person.Line, 0);
                }
                ages[ageText] = a;
            }
            c.Age[i] = a;
            c.ResourceCourse[i] = person.TargetGroup == "resource_course" ? 1 : 0;
            c.EducUpperSecondary[i] = person.Covariates[education] == "upper_secondary" ? 1 : 0;
            c.EducHigher[i] = person.Covariates[education] == "higher" ? 1 : 0;
            var history = panel.History(p);
            c.HistEmployed[i] = history.WeeksEmployed;
            c.HistSelfSupport[i] = history.WeeksSelfSupporting;
            c.HistSick[i] = history.WeeksSick;
            c.Employed26[i] = panel.IsObserved(p, LogitWeek) ? (panel.Hours(p, LogitWeek) > 0 ? 1 : 0) : double.NaN;
            i++;
        }
        return c;
    }

    /// <summary>The covariates of several disjoint sets of persons, one after the other (partitioned runs).</summary>
    public static BenchCovariates Concat(IReadOnlyList<BenchCovariates> parts)
    {
        var c = new BenchCovariates(parts.Sum(p => p.Count));
        int at = 0;
        foreach (var part in parts)
        {
            foreach (var (to, from) in c.Columns().Zip(part.Columns()))
            {
                from.CopyTo(to, at);
            }
            at += part.Count;
        }
        return c;
    }

    private IEnumerable<double[]> Columns() =>
        [
            Treatment,
            Female,
            Age,
            ResourceCourse,
            EducUpperSecondary,
            EducHigher,
            HistEmployed,
            HistSelfSupport,
            HistSick,
            Employed26,
        ];

    private static int Column(Roster.Roster roster, string name)
    {
        for (int k = 0; k < roster.CovariateNames.Count; k++)
        {
            if (roster.CovariateNames[k] == name)
            {
                return k;
            }
        }
        throw new InputException($"the benchmark roster needs a '{name}' column", roster.SourceFile, 1, 0);
    }
}
