using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Input;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>The participants-only roster design (no control group, no arm column).</summary>
public sealed class ParticipantsRosterTests
{
    [Fact]
    public void A_participants_file_without_arm_reads_as_all_participants()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(
            "p.csv",
            "person_id,visitation_date,site,target_group,age\nSECRET1,2019-03-04,M01,ui,30\nSECRET2,2019-03-05,M02,cash,\n"
        );
        var roster = RosterReader.Read(path, RosterDesign.ParticipantsOnly);
        Assert.Equal(RosterDesign.ParticipantsOnly, roster.Design);
        Assert.All(roster.Persons, p => Assert.Equal(Arm.Treatment, p.Arm));
        Assert.Equal(["age"], roster.CovariateNames);
        Assert.Equal(
            RosterDesign.RandomisedTrial,
            RosterReader
                .Read(
                    dir.Write(
                        "t.csv",
                        "person_id,arm,visitation_date,site,target_group\na,1,2019-03-04,M,g\nb,0,2019-03-04,M,g\n"
                    )
                )
                .Design
        );
    }

    [Fact]
    public void An_arm_column_in_a_participants_file_and_a_missing_arm_in_a_trial_roster_are_errors()
    {
        using var dir = new TempDirectory();
        var withArm = dir.Write(
            "p.csv",
            "person_id,visitation_date,arm,site,target_group\nSECRET1,2019-03-04,1,M01,ui\n"
        );
        var ex = InputAssert.Fails(
            () => RosterReader.Read(withArm, RosterDesign.ParticipantsOnly),
            withArm,
            1,
            3,
            "SECRET1"
        );
        Assert.Contains("arm", ex.Message, StringComparison.Ordinal);
        var noArm = dir.Write("q.csv", "person_id,visitation_date,site,target_group\nSECRET1,2019-03-04,M01,ui\n");
        var trial = Assert.Throws<Errors.InputException>(() => RosterReader.Read(noArm));
        Assert.Contains("--design participants", trial.Message, StringComparison.Ordinal);
        var bad = dir.Write("r.csv", "person_id,visitation_date,site,target_group\nSECRET1,2019-13-04,M01,ui\n");
        InputAssert.Fails(() => RosterReader.Read(bad, RosterDesign.ParticipantsOnly), bad, 2, 2, "SECRET1");
        var twice = dir.Write(
            "s.csv",
            "person_id,visitation_date,site,target_group\nSECRET1,2019-03-04,M01,ui\nSECRET1,2019-03-04,M01,ui\n"
        );
        InputAssert.Fails(() => RosterReader.Read(twice, RosterDesign.ParticipantsOnly), twice, 3, 1, "SECRET1");
    }
}
