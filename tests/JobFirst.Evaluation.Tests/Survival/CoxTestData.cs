using JobFirst.Evaluation.Data;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>Small helpers to build and transform in-memory tables for Cox tests.</summary>
internal static class CoxTestData
{
    public static DataFrame Subset(DataFrame frame, IReadOnlyList<int> rows) =>
        new([
            .. frame.Columns.Select(c =>
                c.Kind == DataColumnKind.Numeric
                    ? DataColumn.FromNumbers(c.Name, [.. rows.Select(r => c.Numbers[r])])
                    : DataColumn.FromTexts(c.Name, [.. rows.Select(r => c.Texts[r])])
            ),
        ]);

    /// <summary>The frame with numeric column <paramref name="name"/> replaced by f(value).</summary>
    public static DataFrame Map(DataFrame frame, string name, Func<double, double> f) =>
        new([
            .. frame.Columns.Select(c =>
                c.Name == name ? DataColumn.FromNumbers(c.Name, [.. c.Numbers.ToArray().Select(f)]) : c
            ),
        ]);

    /// <summary>Rows repeated by the integer weight column (frequency weights expanded to persons).</summary>
    public static DataFrame Expand(DataFrame frame, string weight)
    {
        var w = frame[weight].Numbers.ToArray();
        var rows = new List<int>();
        for (int i = 0; i < w.Length; i++)
        {
            for (int k = 0; k < (int)w[i]; k++)
            {
                rows.Add(i);
            }
        }
        return Subset(frame, rows);
    }

    /// <summary>
    /// A random spell table: person (cluster), treated, age, a text factor, integer weeks with many ties,
    /// event, and an entry time for half of the spells.
    /// </summary>
    public static DataFrame RandomSpells(int seed, int persons = 40)
    {
        var random = new Random(seed);
        var person = new List<string?>();
        var treated = new List<double>();
        var age = new List<double>();
        var site = new List<string?>();
        var weeks = new List<double>();
        var entry = new List<double>();
        var lost = new List<double>();
        string[] sites = ["JC01", "JC02", "JC03"];
        for (int i = 0; i < persons; i++)
        {
            int spells = 1 + random.Next(3);
            double t = random.Next(2);
            double a = 20 + random.Next(40);
            string s = sites[random.Next(3)];
            for (int k = 0; k < spells; k++)
            {
                person.Add($"K{i:D3}");
                treated.Add(t);
                age.Add(a);
                site.Add(s);
                double hazard = 0.15 * Math.Exp(-0.4 * t + 0.02 * (a - 40));
                int len = 1;
                while (random.NextDouble() > hazard && len < 30)
                {
                    len++;
                }
                int censor = 3 + random.Next(28);
                double start = random.Next(2) == 0 ? 0 : random.Next(Math.Max(1, Math.Min(len, censor)));
                weeks.Add(Math.Min(len, censor));
                entry.Add(Math.Min(start, Math.Min(len, censor) - 1));
                lost.Add(len <= censor ? 1 : 0);
            }
        }
        return new DataFrame([
            DataColumn.FromTexts("person", person),
            DataColumn.FromNumbers("treated", treated),
            DataColumn.FromNumbers("age", age),
            DataColumn.FromTexts("site", site),
            DataColumn.FromNumbers("entry", entry),
            DataColumn.FromNumbers("weeks", weeks),
            DataColumn.FromNumbers("lost", lost),
        ]);
    }
}
