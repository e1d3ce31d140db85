using System.Globalization;
using System.Reflection;
using System.Text;

namespace JobFirst.Evaluation.Simulation;

/// <summary>
/// Writes a <see cref="SimulatedStudy"/> in the documented input formats: comma-delimited, LF line ends,
/// UTF-8 without BOM, invariant culture, fixed row order (so equal studies give byte-identical files).
/// </summary>
internal static class SimulationWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SimulationResult Write(SimulatedStudy study, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        int roster = 0;
        foreach (var table in study.Tables)
        {
            files.Add(WriteTable(directory, table));
            if (table.FileName is "roster.csv" or "participants.csv")
            {
                roster = table.Rows.Count;
            }
        }
        var registerPersons = study
            .Persons.Where(p => p.InRegister)
            .OrderBy(p => p.PersonId, StringComparer.Ordinal)
            .ToList();
        files.Add(WriteRegister(directory, study, registerPersons));
        files.Add(WriteHours(directory, study, registerPersons, out int hoursRows));
        files.Add(WriteCodebook(directory));
        return new SimulationResult(study, directory, files, roster, registerPersons.Count, hoursRows);
    }

    private static StreamWriter Open(string path) => new(path, append: false, Utf8) { NewLine = "\n" };

    private static string WriteTable(string directory, SimulatedTable table)
    {
        string path = Path.Combine(directory, table.FileName);
        using var w = Open(path);
        w.WriteLine(string.Join(',', table.Columns));
        foreach (var row in table.Rows)
        {
            w.WriteLine(string.Join(',', row));
        }
        return path;
    }

    private static string WriteRegister(string directory, SimulatedStudy study, List<SimulatedPerson> persons)
    {
        string path = Path.Combine(directory, "register.csv");
        using var w = Open(path);
        var sb = new StringBuilder("person_id");
        for (int i = 0; i < study.Weeks; i++)
        {
            sb.Append(',').Append(study.ExtractStart.AddWeeks(i).ToDreamColumn());
        }
        w.WriteLine(sb.ToString());
        foreach (var p in persons)
        {
            sb.Clear().Append(p.PersonId);
            for (int i = 0; i < study.Weeks; i++)
            {
                sb.Append(',');
                if (p.Codes[i] != SimulatedCodes.Blank)
                {
                    sb.Append(p.Codes[i].ToString(CultureInfo.InvariantCulture));
                }
            }
            w.WriteLine(sb.ToString());
        }
        return path;
    }

    private static string WriteHours(
        string directory,
        SimulatedStudy study,
        List<SimulatedPerson> persons,
        out int rows
    )
    {
        string path = Path.Combine(directory, "hours.csv");
        using var w = Open(path);
        w.WriteLine("person_id,iso_week,hours");
        rows = 0;
        var weekNames = Enumerable
            .Range(0, study.Weeks)
            .Select(i => study.ExtractStart.AddWeeks(i).ToString())
            .ToArray();
        foreach (var p in persons)
        {
            for (int i = 0; i < study.Weeks; i++)
            {
                if (p.Hours[i] > 0)
                {
                    w.Write(p.PersonId);
                    w.Write(',');
                    w.Write(weekNames[i]);
                    w.Write(',');
                    w.WriteLine(p.Hours[i].ToString("0.##", CultureInfo.InvariantCulture));
                    rows++;
                }
            }
        }
        return path;
    }

    private static string WriteCodebook(string directory)
    {
        string path = Path.Combine(directory, "codebook.csv");
        using var stream =
            typeof(SimulationWriter).Assembly.GetManifestResourceStream("JobFirst.Evaluation.codebook.default.csv")
            ?? throw new InvalidOperationException("The default codebook resource is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        File.WriteAllText(path, text, Utf8);
        return path;
    }
}
