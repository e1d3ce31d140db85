using System.Globalization;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>End-to-end runs of <c>spells</c>, <c>km</c> and <c>hazard</c> on the simulated final extract.</summary>
public sealed class SurvivalCommandTests(FinalExtractFixture sim) : IClassFixture<FinalExtractFixture>
{
    private void AssertNoIds(string text)
    {
        Assert.DoesNotContain(sim.RosterIds, id => text.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public void Spells_writes_the_spell_table_without_person_ids()
    {
        var (code, text, err) = CliHarness.Run(sim.StudyArgs("spells"));
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllText(sim.SpellsCsv), text); // --out writes what stdout gets
        Assert.StartsWith(
            "key,spell,entry_week,last_week,length,weeks_in_status,time,event,end_reason,exit_week,exit_category,exit_group,ongoing_at_entry,arm,treatment,site,target_group,gender,birth_year,origin,education,hist_weeks_observed",
            text,
            StringComparison.Ordinal
        );
        AssertNoIds(text);
        AssertNoIds(err);
        Assert.Contains("spells of employed (gap 0)", err, StringComparison.Ordinal);
        Assert.True(text.Split('\n').Length > 4000);
    }

    [Fact]
    public void Spells_time_to_first_and_other_statuses()
    {
        var (code, output, err) = CliHarness.Run(
            sim.StudyArgs("spells", "--table", "time-to-first", "--format", "json")
        );
        Assert.True(code == 0, err);
        Assert.Contains("\"title\": \"Time to first employed\"", output, StringComparison.Ordinal);
        Assert.Contains("\"persons_in_roster\": \"4856\"", output, StringComparison.Ordinal);
        AssertNoIds(output);
        var internship = CliHarness.Run(sim.StudyArgs("spells", "--status", "internship", "--gap", "4"));
        Assert.True(internship.ExitCode == 0, internship.Stderr);
        Assert.Contains("spells of internship (gap 4)", internship.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Km_from_the_study_and_from_the_spell_csv_agree()
    {
        var study = CliHarness.Run(sim.StudyArgs("km"));
        Assert.True(study.ExitCode == 0, study.Stderr);
        var data = CliHarness.Run("km", "--data", sim.SpellsCsv, "--horizon", "52", "--at", "26");
        Assert.True(data.ExitCode == 0, data.Stderr);
        Assert.Equal(study.Stdout, data.Stdout);
        Assert.Contains("spells ongoing in week 1 excluded", data.Stderr, StringComparison.Ordinal);
        var tables = study.Stdout.Split("\n\n");
        Assert.Equal(3, tables.Length);
        Assert.StartsWith(
            "group,time,n_risk,n_event,n_censor,survival,std_error,conf_low,conf_high,cumulative_hazard,suppressed",
            tables[0],
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "group,records,events,median,median_conf_low,median_conf_high,rmst_tau,rmst",
            tables[1],
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "term,estimate,std_error,statistic,p_value,conf_low,conf_high,df\nlog_rank,",
            tables[2],
            StringComparison.Ordinal
        );
        Assert.Contains("rmst(52): treatment - control,", tables[2], StringComparison.Ordinal);
        Assert.Contains("survival(26): treatment - control,", tables[2], StringComparison.Ordinal);
        AssertNoIds(study.Stdout);
    }

    [Fact]
    public void Km_json_stratified_log_log_and_first_spells()
    {
        var (code, output, err) = CliHarness.Run(
            sim.StudyArgs(
                "km",
                "--strata",
                "target_group",
                "--conf-type",
                "log-log",
                "--spells",
                "first",
                "--format",
                "json"
            )
        );
        Assert.True(code == 0, err);
        Assert.StartsWith("[", output, StringComparison.Ordinal);
        Assert.Contains("\"term\": \"log_rank_stratified\"", output, StringComparison.Ordinal);
        Assert.Contains("\"conf_type\": \"log-log\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hazard_from_the_study_and_from_the_spell_csv_agree()
    {
        var study = CliHarness.Run(sim.StudyArgs("hazard"));
        Assert.True(study.ExitCode == 0, study.Stderr);
        var data = CliHarness.Run("hazard", "--data", sim.SpellsCsv);
        Assert.True(data.ExitCode == 0, data.Stderr);
        Assert.Equal(study.Stdout, data.Stdout);
        Assert.StartsWith(
            "term,estimate,std_error,statistic,p_value,conf_low,conf_high,df,ratio,ratio_conf_low,ratio_conf_high,percent_change\n(Intercept),",
            study.Stdout,
            StringComparison.Ordinal
        );
        Assert.Contains("treatment hazard ratio", study.Stderr, StringComparison.Ordinal);
        var logit = CliHarness.Run(
            sim.StudyArgs("hazard", "--link", "logit", "--terms", "treatment + log_duration", "--vcov", "hc1")
        );
        Assert.True(logit.ExitCode == 0, logit.Stderr);
        Assert.Contains("treatment odds ratio", logit.Stderr, StringComparison.Ordinal);
        Assert.Contains("log_duration,", logit.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("key,time,event\n1,3,1\n2,3,maybe\n", "spells.csv:3:3: column 'event': event must be 0/1")]
    [InlineData("key,time,event\n1,3,1\n2,x,0\n", "spells.csv:3:2: column 'time': time must be a number")]
    [InlineData("key,t,event\n1,3,1\n", "no column 'time'")]
    public void Km_on_malformed_data_is_one_line_and_exit_2(string csv, string message)
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write("spells.csv", csv);
        var (code, _, err) = CliHarness.Run("km", "--data", path);
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write("spells.csv", "key,time,event\n1,2.5,1\n");
        Assert.Equal(2, CliHarness.Run("hazard", "--data", path).ExitCode); // not whole weeks
        Assert.Equal(2, CliHarness.Run("km").ExitCode);
        Assert.Equal(2, CliHarness.Run([.. sim.StudyArgs("km"), "--data", path]).ExitCode);
        var bad = CliHarness.Run(sim.StudyArgs("spells", "--status", "hours"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("use 'employed'", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliHarness.Run(sim.StudyArgs("km", "--level", "1.5")).ExitCode);
        Assert.Equal(2, CliHarness.Run(sim.StudyArgs("hazard", "--bands", "2,5")).ExitCode);
    }

    [Fact]
    public void Small_groups_are_suppressed_in_km_output()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write(
            "small.csv",
            "time,event,arm\n1,1,control\n2,1,control\n3,0,control\n4,1,control\n5,1,control\n6,1,control\n1,1,treatment\n2,0,treatment\n"
        );
        var (code, output, err) = CliHarness.Run("km", "--data", path, "--format", "json");
        Assert.True(code == 0, err);
        Assert.Contains("fewer than 5 records (suppressed)", err, StringComparison.Ordinal);
        Assert.Contains("no tests reported", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"group\": \"treatment\",\n      \"records\": 2", output, StringComparison.Ordinal);
        _ = CultureInfo.InvariantCulture;
    }
}
