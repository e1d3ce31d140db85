using JobFirst.Evaluation.Tests.Support;
using Xunit.Abstractions;

namespace JobFirst.Evaluation.Tests.Samples;

/// <summary>
/// Every <c>samples/*.cs</c> is a smoke test: it is built and run exactly as a user would (<c>dotnet run
/// samples/NAME.cs -- OUT</c>) on data it simulates itself, must exit 0, print what it promises and write its files.
/// </summary>
[Collection(DotnetProcesses.Name)]
public class SampleRunTests(SampleApps apps, ITestOutputHelper log)
{
    /// <summary>Per sample: text the output must contain and files it must write into OUT.</summary>
    private static readonly Dictionary<string, (string[] Output, string[] Files)> Expected = new(StringComparer.Ordinal)
    {
        ["hours-hazard"] = (
            [
                "less likely than controls to leave them in a given week",
                "# Kaplan-Meier summary",
                "log-rank test: chi-square",
                "# Discrete-time hazard",
                "discrete-time hazard ratio treatment/control: 0.",
            ],
            ["stability.csv", "hours-spells-km.svg", "hours-spells-km.csv", "hours-hazard.csv"]
        ),
        ["midterm-effects"] = (
            [
                "# Weekly effects: active13",
                "13-week indicator, week 35: ",
                "13-week indicator: significant at 5% from week ",
                "# Balance",
                "wrote 220 rows to ",
            ],
            [
                "active13-effect.svg",
                "active13-effect-da.svg",
                "hours-effect.svg",
                "internship-levels.svg",
                "persons-followed.svg",
                "hours-week35.svg",
                "balance.svg",
                "weekly-effects.csv",
                "weekly-effects-da.csv",
                "balance.csv",
            ]
        ),
        ["subgroups-and-sites"] = (
            [
                "# Subgroup effects: employed by target_group",
                "# Test of equal effects across target_group",
                "# Site heterogeneity: employed 66:78:mean",
                "effect:internship@20:30",
            ],
            [
                "subgroups-target_group.svg",
                "subgroups-gender.csv",
                "subgroups-age_band.svg",
                "sites-forest.svg",
                "sites-forest-eb.svg",
                "sites-control-success.svg",
                "sites.csv",
                "sites-heterogeneity.csv",
                "sites-meta-regression.csv",
            ]
        ),
        ["logit-margins"] = (
            [
                "# First outcome after visitation",
                "# logistic regression: reached ~ gender + age",
                "aliased (collinear with the municipality dummies, dropped): municipality_sizemedium, municipality_sizesmall",
                "contrast_pp        education_level: upper_secondary_vocational - primary",
                "predicted probability of reaching employment, education or flexjob: primary school ",
            ],
            ["logit-ames.svg", "logit-coefficients.csv", "logit-margins-education.csv", "first-outcome.csv"]
        ),
        ["monitoring-dashboard"] = (
            [
                "84 of 88 municipalities meet the result requirement (40% over 3 months)",
                "# Share in the statuses by quarter, all municipalities",
                "# Survey: baseline vs final",
            ],
            ["requirement.svg", "requirement.csv", "quarters.csv", "ever.csv", "survey.csv"]
        ),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var f in SampleApps.SampleFiles)
        {
            data.Add(Path.GetFileNameWithoutExtension(f));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Sample_runs_on_simulated_data_and_writes_its_outputs(string name)
    {
        Assert.True(
            Expected.TryGetValue(name, out var expected),
            $"samples/{name}.cs has no expectations in {nameof(SampleRunTests)}"
        );
        using var tmp = new TempDirectory();
        string output = Path.Combine(tmp.Path, "out");
        var run = await apps.Run(RepoPaths.File("samples", name + ".cs"), output);
        log.WriteLine($"{name}: build {run.BuildTime.TotalSeconds:0.0} s, run {run.RunTime.TotalSeconds:0.0} s");
        Assert.True(run.ExitCode == 0, $"{name} exited with {run.ExitCode}:\n{run.Output}");
        foreach (var text in expected.Output)
        {
            Assert.True(
                run.Output.Contains(text, StringComparison.Ordinal),
                $"{name}: '{text}' not in output:\n{run.Output}"
            );
        }
        foreach (var file in expected.Files)
        {
            var path = Path.Combine(output, file);
            Assert.True(File.Exists(path) && new FileInfo(path).Length > 0, $"{name}: {file} not written");
            if (file.EndsWith(".svg", StringComparison.Ordinal))
            {
                var svg = System.Xml.Linq.XDocument.Load(path);
                Assert.Equal("svg", svg.Root!.Name.LocalName);
            }
        }
        // Samples print tables and figures, never person ids: the simulator's ids are P + six digits.
        Assert.DoesNotMatch(@"\bP\d{6}\b", run.Output);
    }

    [Fact]
    public void Every_sample_is_a_net10_file_based_app_listed_in_the_samples_readme()
    {
        string readme = File.ReadAllText(RepoPaths.File("samples", "README.md"));
        Assert.NotEmpty(SampleApps.SampleFiles);
        foreach (var file in SampleApps.SampleFiles)
        {
            string name = Path.GetFileName(file);
            var lines = File.ReadAllLines(file);
            Assert.Contains("#:project ../src/JobFirst.Evaluation/JobFirst.Evaluation.csproj", lines);
            // The native-AOT runtime pack is not on the package mirror; file-based apps default to AOT.
            Assert.Contains("#:property PublishAot=false", lines);
            Assert.Contains($"dotnet run samples/{name}", readme, StringComparison.Ordinal);
            Assert.True(Expected.ContainsKey(Path.GetFileNameWithoutExtension(file)), $"{name} has no expectations");
        }
    }
}
