using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Monitoring;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Loading a monitoring study: file discovery, follow-up that reaches the extract's end, missing inputs.</summary>
public sealed class MonitoringStudyTests
{
    [Fact]
    public void A_long_register_gets_follow_up_to_the_extract_end()
    {
        using var dir = new TempDirectory();
        var participants = dir.Write(
            "participants.csv",
            "person_id,visitation_date,site,target_group\nSECRET1,2017-01-02,K1,cash\nSECRET2,2017-01-09,K1,cash\n"
        );
        // The extract runs from 2016-W01 to 2020-W53 (the file's earliest and latest weeks): 209 weeks after entry.
        var register = dir.Write(
            "register.csv",
            "person_id,iso_week,code\nSECRET1,2016-W01,131\nSECRET1,2020-W50,211\nSECRET2,2020-W53,131\n"
        );
        var study = MonitoringStudy.Load(
            new MonitoringFiles(participants) { Register = register, RegisterFormat = RegisterFormat.LongForm }
        );
        Assert.True(study.Register!.Panel.MaxFollowUpWeeks >= new IsoWeek(2020, 53) - new IsoWeek(2017, 1) + 1);
        var (first, last) = study.DefaultPeriod();
        Assert.Equal((new YearMonth(2017, 1), new YearMonth(2020, 12)), (first, last));
        var panel = study.MonthlyStatuses();
        Assert.True(panel.InStatus(0, 0, panel.Months.Count - 1)); // internship in 2020-W50 (December 2020)
        Assert.True(panel.IsObserved(1, panel.Months.Count - 1));
    }

    [Fact]
    public void Analyses_name_the_file_they_need()
    {
        using var dir = new TempDirectory();
        var participants = dir.Write(
            "participants.csv",
            "person_id,visitation_date,site,target_group\nSECRET1,2017-01-02,K1,cash\n"
        );
        var study = MonitoringStudy.Load(MonitoringFiles.InDirectory(dir.Path));
        Assert.Equal(participants, study.Files.Participants);
        Assert.Contains(
            "screening",
            Assert.Throws<Errors.InputException>(() => study.Funnel()).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "register",
            Assert.Throws<Errors.InputException>(() => study.MonthlyStatuses()).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "targets",
            Assert.Throws<Errors.InputException>(() => study.Attainment()).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "survey",
            Assert.Throws<Errors.InputException>(() => study.Survey()).Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "registration",
            Assert.Throws<Errors.InputException>(() => study.Linkage()).Message,
            StringComparison.Ordinal
        );
        Assert.Single(study.Profiles().Units);
    }
}
