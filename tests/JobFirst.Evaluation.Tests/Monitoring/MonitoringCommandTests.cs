using System.Text.Json;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>End-to-end runs of the monitoring commands on the simulated rum and monitoring files, and malformed input.</summary>
[Collection(MonitoringScenariosGroup.Name)]
public sealed class MonitoringCommandTests(MonitoringScenarios s)
{
    private static string[] Register(string dir) =>
        [
            "--participants",
            Path.Combine(dir, "participants.csv"),
            "--register",
            Path.Combine(dir, "register.csv"),
            "--hours",
            Path.Combine(dir, "hours.csv"),
            "--codebook",
            Path.Combine(dir, "codebook.csv"),
        ];

    private static string Ok((int ExitCode, string Stdout, string Stderr) run)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    private void NoIds(string text)
    {
        foreach (
            var file in new[]
            {
                s.RumFile("participants.csv"),
                s.RumFile("screening.csv"),
                s.MonitoringFile("participants.csv"),
            }
        )
        {
            var ids = MonitoringScenarios.Ids(file);
            Assert.DoesNotContain(ids, id => text.Contains(id, StringComparison.Ordinal));
        }
    }

    private static void BadInput((int ExitCode, string Stdout, string Stderr) run, string expected)
    {
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_funnel_attainment_and_linkage2_run_on_the_rum_files()
    {
        string profile = Ok(CliHarness.Run("profile", "--participants", s.RumFile("participants.csv")));
        Assert.StartsWith(
            "group_by,level,unit,trait,kind,n,n_missing,value,category,count,tie,range_low,range_high,range_units,suppressed\n",
            profile,
            StringComparison.Ordinal
        );
        string wide = Ok(
            CliHarness.Run(
                "profile",
                "--participants",
                s.RumFile("participants.csv"),
                "--by",
                "target_group",
                "--layout",
                "wide",
                "--numeric",
                "age",
                "--traits",
                "gender,age,education_level"
            )
        );
        Assert.StartsWith("target_group,n,gender,age,education_level\n", wide, StringComparison.Ordinal);
        Assert.Contains("\ntotal,1017,", wide, StringComparison.Ordinal);

        string funnel = Ok(CliHarness.Run("funnel", "--screening", s.RumFile("screening.csv"), "--format", "json"));
        using (var doc = JsonDocument.Parse(funnel))
        {
            var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
            var visited = rows.Single(r =>
                r.GetProperty("level").GetString() == "total" && r.GetProperty("stage").GetString() == "visited"
            );
            Assert.Equal(1017, visited.GetProperty("count").GetInt32());
        }

        string attainment = Ok(
            CliHarness.Run(
                "attainment",
                "--participants",
                s.RumFile("participants.csv"),
                "--targets",
                s.RumFile("targets.csv"),
                "--screening",
                s.RumFile("screening.csv")
            )
        );
        Assert.Contains("\nvisited,total,total,", attainment, StringComparison.Ordinal);

        string linkage = Ok(
            CliHarness.Run(
                "linkage2",
                "--a",
                s.RumFile("registration_dfdg.csv"),
                "--b",
                s.RumFile("registration_tools.csv"),
                "--name-a",
                "DFDG",
                "--name-b",
                "Tools",
                "--exclude-b",
                "test_person=1:test person"
            )
        );
        Assert.Contains(
            "DFDG,observations,1046\nTools,observations,1049\nDFDG,valid,1025\nTools,valid,1046\n",
            linkage,
            StringComparison.Ordinal
        );
        Assert.Contains("Tools,only_in_Tools,21\n", linkage, StringComparison.Ordinal);
        Assert.Contains("Tools,excluded: test person,3\n", linkage, StringComparison.Ordinal);
        NoIds(profile + wide + funnel + attainment + linkage);
    }

    [Fact]
    public void Outcome_runs_on_the_rum_register()
    {
        string first = Ok(CliHarness.Run(["outcome", .. Register(s.Rum)]));
        Assert.StartsWith(
            "group_by,level,unit,outcome,n,count,share,median_week,range_low,range_high,range_units,suppressed\n",
            first,
            StringComparison.Ordinal
        );
        Assert.Contains("\nsite,total,total,any,1017,493,", first, StringComparison.Ordinal);
        string ever = Ok(
            CliHarness.Run(["outcome", .. Register(s.Rum), "--table", "ever", "--window", "1..26", "--format", "json"])
        );
        using var doc = JsonDocument.Parse(ever);
        Assert.Contains("Ever in outcome", doc.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        // The foundation's link command reads a participants file too.
        string link = Ok(
            CliHarness.Run([
                "link",
                "--design",
                "participants",
                .. Register(s.Rum)
                    .Where(a => !a.EndsWith("codebook.csv", StringComparison.Ordinal) && a != "--codebook"),
            ])
        );
        Assert.Contains("register,matched,1017", link, StringComparison.Ordinal);
        string custom = Ok(
            CliHarness.Run([
                "outcome",
                .. Register(s.Rum),
                "--outcomes",
                "work=employed,flexjob",
                "--by",
                "target_group",
            ])
        );
        Assert.Contains(",work,", custom, StringComparison.Ordinal);
        NoIds(first + ever + custom);
        BadInput(CliHarness.Run(["outcome", .. Register(s.Rum), "--table", "ever"]), "--window");
        BadInput(
            CliHarness.Run(["outcome", .. Register(s.Rum), "--outcomes", "work=holiday"]),
            "unknown status 'holiday'"
        );
    }

    [Fact]
    public void Monitor_and_survey_run_on_the_monitoring_files()
    {
        var run = CliHarness.Run([
            "monitor",
            .. Register(s.Monitoring),
            "--table",
            "all",
            "--period",
            "quarter",
            "--each-status",
            "--format",
            "json",
        ]);
        string all = Ok(run);
        Assert.Contains(
            "84 of 88 units meet at least 40% over 3 consecutive months (2017-01..2018-12)",
            run.Stderr,
            StringComparison.Ordinal
        );
        using (var doc = JsonDocument.Parse(all))
        {
            // requirement summary, requirement by unit, quarters, ever, at-date
            Assert.Equal(5, doc.RootElement.GetArrayLength());
            var summary = doc.RootElement[0].GetProperty("rows")[0];
            Assert.Equal(
                (84, 88),
                (summary.GetProperty("units_meeting").GetInt32(), summary.GetProperty("units_assessed").GetInt32())
            );
            Assert.Equal(88, doc.RootElement[1].GetProperty("rows").GetArrayLength());
        }
        // CSV with several tables (requirement summary, by unit, months, ever, at-date) separated by blank lines.
        string csv = Ok(
            CliHarness.Run([
                "monitor",
                .. Register(s.Monitoring),
                "--table",
                "all",
                "--months",
                "2",
                "--threshold",
                "0.5",
                "--from",
                "2017-04",
                "--to",
                "2017-06",
            ])
        );
        var tables = csv.Split("\n\n");
        Assert.Equal(5, tables.Length);
        Assert.StartsWith(
            "status,threshold,months,rule,units_meeting,units_assessed,units\n",
            tables[0],
            StringComparison.Ordinal
        );
        Assert.Contains(",0.5,2,at_least_once_in_window,", tables[0], StringComparison.Ordinal);
        Assert.Equal(3 * 89, tables[2].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1); // 3 months × (88 units + total)
        Assert.Contains(",2017-04..2017-06,", tables[3], StringComparison.Ordinal);
        string survey = Ok(
            CliHarness.Run("survey", "--survey", s.MonitoringFile("survey.csv"), "--threshold", "caseload<50")
        );
        Assert.Contains("\nwritten_strategy,= 1,", survey, StringComparison.Ordinal);
        Assert.Contains(",mcnemar,", survey, StringComparison.Ordinal);
        NoIds(all + csv + survey);
        BadInput(CliHarness.Run("survey", "--survey", s.MonitoringFile("survey.csv")), "caseload");
        BadInput(CliHarness.Run(["monitor", .. Register(s.Monitoring), "--from", "2017-13"]), "--from");
        BadInput(CliHarness.Run(["monitor", .. Register(s.Monitoring), "--months", "0"]), "--months");
        BadInput(CliHarness.Run(["monitor", .. Register(s.Monitoring), "--threshold", "1.5"]), "--threshold");
    }

    [Fact]
    public void Malformed_inputs_give_one_line_naming_file_line_and_column()
    {
        using var dir = new TempDirectory();
        var withArm = dir.Write(
            "p.csv",
            "person_id,arm,visitation_date,site,target_group\nSECRET1,1,2019-03-04,M01,ui\n"
        );
        var run = CliHarness.Run("profile", "--participants", withArm);
        BadInput(run, $"{withArm}:1:2: ");
        Assert.DoesNotContain("SECRET1", run.Stderr, StringComparison.Ordinal);
        var screening = dir.Write(
            "s.csv",
            "person_id,municipality,screened,accepted_visitation,visitation_held,visited\nSECRET1,M01,1,1,x,0\n"
        );
        BadInput(CliHarness.Run("funnel", "--screening", screening), $"{screening}:2:5: ");
        var targets = dir.Write("t.csv", "municipality,original_target,adjusted_target\nM01,-3,1\n");
        BadInput(
            CliHarness.Run("attainment", "--participants", s.RumFile("participants.csv"), "--targets", targets),
            $"{targets}:2:2: "
        );
        var survey = dir.Write("v.csv", "municipality,round,measure\nK1,baseline,a\n");
        BadInput(CliHarness.Run("survey", "--survey", survey), "no 'value' column");
        BadInput(CliHarness.Run("linkage2", "--a", survey, "--b", survey), "no 'person_id' column");
        BadInput(CliHarness.Run(["monitor", .. Register(s.Monitoring), "--design", "trial"]), "no 'arm' column");
        BadInput(
            CliHarness.Run("profile", "--participants", s.RumFile("participants.csv"), "--min-cell", "0"),
            "--min-cell"
        );
        BadInput(
            CliHarness.Run("profile", "--participants", s.RumFile("participants.csv"), "--numeric", "gender"),
            "non-numeric"
        );
    }
}
