using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Support;
using CodebookTable = JobFirst.Evaluation.Codebook.Codebook;
using RosterTable = JobFirst.Evaluation.Roster.Roster;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>A small roster (ids SECRET1..SECRET3) and helpers to scan registers into a dictionary.</summary>
internal sealed class RegisterFixture : IDisposable
{
    public RegisterFixture()
    {
        RosterPath = Dir.Write(
            "roster.csv",
            "person_id,arm,visitation_date,site,target_group\nSECRET1,1,2016-03-10,A,c\nSECRET2,0,2016-03-10,A,c\nSECRET3,1,2016-03-17,B,c\n"
        );
        Roster = RosterReader.Read(RosterPath);
    }

    public TempDirectory Dir { get; } = new();

    public string RosterPath { get; }

    public RosterTable Roster { get; }

    public (RegisterScanResult Result, Dictionary<int, (BenefitCategory[] Weeks, float[] Grad)> Persons) ScanWide(
        string content,
        RegisterScanOptions? options = null,
        CodebookTable? codebook = null
    )
    {
        var path = Dir.Write("wide.csv", content);
        var persons = new Dictionary<int, (BenefitCategory[], float[])>();
        var result = DreamWideReader.Scan(
            path,
            Roster,
            codebook ?? CodebookTable.Default,
            options ?? RegisterScanOptions.Default,
            (i, w, g) => persons.Add(i, (w.ToArray(), g.ToArray()))
        );
        return (result, persons);
    }

    public (RegisterScanResult Result, Dictionary<int, BenefitCategory[]> Persons) ScanLong(
        string content,
        RegisterScanOptions? options = null
    )
    {
        var path = Dir.Write("long.csv", content);
        var persons = new Dictionary<int, BenefitCategory[]>();
        var result = DreamLongReader.Scan(
            path,
            Roster,
            CodebookTable.Default,
            options ?? RegisterScanOptions.Default,
            (i, w, g) =>
            {
                Assert.True(g.IsEmpty);
                persons.Add(i, w.ToArray());
            }
        );
        return (result, persons);
    }

    public void Dispose() => Dir.Dispose();
}
