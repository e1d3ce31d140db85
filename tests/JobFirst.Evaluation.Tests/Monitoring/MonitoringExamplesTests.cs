using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Monitoring.Attainment;
using JobFirst.Evaluation.Monitoring.Funnel;
using JobFirst.Evaluation.Monitoring.Survey;
using JobFirst.Evaluation.Roster;
using JobFirst.Evaluation.Tests.Input;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>The example files of data-schema/README.md for the monitoring formats read and agree with each other.</summary>
public sealed class MonitoringExamplesTests
{
    [Fact]
    public void Every_monitoring_example_file_reads()
    {
        var participants = RosterReader.Read(
            RepositoryFiles.DataSchema("participants.example.csv"),
            RosterDesign.ParticipantsOnly
        );
        Assert.Equal(6, participants.Count);
        var screening = ScreeningReader.Read(RepositoryFiles.DataSchema("screening.example.csv"));
        var funnel = ScreeningFunnel.Compute(screening, minCell: 1);
        Assert.Equal([5, 4, 3, 3], funnel.Rows.Where(r => r.Unit == "M01").Select(r => r.Count!.Value).ToArray());
        Assert.Equal([5, 4, 4, 3], funnel.Rows.Where(r => r.Unit == "M02").Select(r => r.Count!.Value).ToArray());

        var study = MonitoringStudy.Load(
            new MonitoringFiles(RepositoryFiles.DataSchema("participants.example.csv"))
            {
                Screening = RepositoryFiles.DataSchema("screening.example.csv"),
                Targets = RepositoryFiles.DataSchema("targets.example.csv"),
                Survey = RepositoryFiles.DataSchema("survey.example.csv"),
                RegistrationA = RepositoryFiles.DataSchema("registration-a.example.csv"),
                RegistrationB = RepositoryFiles.DataSchema("registration-b.example.csv"),
            }
        );
        var attainment = study.Attainment(minCell: 1);
        var screened = attainment.Rows.Single(r => r.Unit == "M01" && r.Measure == "screened");
        Assert.Equal((5, 0.625), (screened.Realised!.Value, screened.AttainmentOriginal!.Value));
        Assert.Null(attainment.Rows.Single(r => r.Unit == "M02" && r.Measure == "visited").AdjustedTarget);

        var survey = study.Survey(
            new Dictionary<string, SurveyThreshold> { ["caseload"] = SurveyThreshold.Parse("caseload<40").Threshold }
        );
        var cv = survey.Rows.Single(r => r.Measure == "has_cv_60");
        Assert.Equal((0, 2, 2, 3, "prop_test"), (cv.BaselineMet, cv.BaselineN, cv.FinalMet, cv.FinalN, cv.Test));
        var caseload = survey.Rows.Single(r => r.Measure == "caseload");
        Assert.Equal((0, 2, 2, 2), (caseload.BaselineMet, caseload.BaselineN, caseload.FinalMet, caseload.FinalN));

        var linkage = study.Linkage(
            "A",
            "B",
            [ExclusionRule.Parse("municipality!=M01|M02:outside the project")],
            [
                ExclusionRule.Parse("test_person=1:test person"),
                ExclusionRule.Parse("municipality!=M01|M02:outside the project"),
            ]
        );
        Assert.Equal(
            (7, 8, 5, 6, 4, 1, 2),
            (
                linkage.ObservationsA,
                linkage.ObservationsB,
                linkage.ValidA,
                linkage.ValidB,
                linkage.Matched,
                linkage.OnlyInA,
                linkage.OnlyInB
            )
        );
    }
}
