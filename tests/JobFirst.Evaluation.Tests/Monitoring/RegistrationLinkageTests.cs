using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Tests.Input;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Registrations read for the two-source linkage table (004:1488-1511) with exclusion rules.</summary>
public sealed class RegistrationLinkageTests
{
    [Fact]
    public void Exclusion_rules_and_blank_ids_feed_the_discrepancy_table()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.csv", "person_id,municipality\nSECRET1,M01\n,M01\nSECRET2,X01\nSECRET3,M02\n");
        var b = dir.Write(
            "b.csv",
            "person_id,municipality,test_person\nSECRET1,M01,0\nSECRET3,M02,0\nTYPO,M02,0\nSECRET9,M01,1\n"
        );
        var result = TwoSourceLinkage.Link(
            RegistrationReader.Read(
                a,
                exclusions: [ExclusionRule.Parse("municipality!=M01|M02:municipality outside the project")]
            ),
            RegistrationReader.Read(b, exclusions: [ExclusionRule.Parse("test_person=1")]),
            "A",
            "B"
        );
        Assert.Equal(
            (4, 4, 2, 3, 2, 0, 1),
            (
                result.ObservationsA,
                result.ObservationsB,
                result.ValidA,
                result.ValidB,
                result.Matched,
                result.OnlyInA,
                result.OnlyInB
            )
        );
        Assert.Equal(
            ["A: blank id = 1", "A: municipality outside the project = 1", "B: test_person = 1 = 1"],
            result.Excluded.Select(e => $"{e.Source}: {e.Reason} = {e.Count}").ToArray()
        );
        var table = result.ToResultTable().ToString(JobFirst.Evaluation.Reporting.Tables.TableFormat.Csv);
        Assert.DoesNotContain("SECRET", table, StringComparison.Ordinal);
        Assert.Throws<Errors.InputException>(() => ExclusionRule.Parse("nonsense"));
        InputAssert.Fails(() => RegistrationReader.Read(a, "cpr"), a, 1, 0);
        InputAssert.Fails(() => RegistrationReader.Read(a, exclusions: [ExclusionRule.Parse("region=x")]), a, 1, 0);
    }
}
