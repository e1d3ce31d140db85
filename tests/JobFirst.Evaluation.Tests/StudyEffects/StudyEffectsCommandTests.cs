using System.Text.Json;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>Shared simulated input files for the CLI tests (JobFirst, 600 persons, seed 0).</summary>
public sealed class SimulatedFilesFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SimulatedFilesFixture()
    {
        var (code, _, err) = CliHarness.Run(
            "simulate",
            "--scenario",
            "jobfirst",
            "--out",
            _dir.Path,
            "--persons",
            "600"
        );
        Assert.True(code == 0, err);
        Ids = [.. System.IO.File.ReadLines(File("roster.csv")).Skip(1).Select(l => l.Split(',')[0])];
    }

    public IReadOnlyList<string> Ids { get; }

    public string File(string name) => _dir.File(name);

    public string Write(string name, string content) => _dir.Write(name, content);

    public string[] Inputs =>
        [
            "--roster",
            File("roster.csv"),
            "--register",
            File("register.csv"),
            "--hours",
            File("hours.csv"),
            "--codebook",
            File("codebook.csv"),
        ];

    public void Dispose() => _dir.Dispose();
}

/// <summary>End-to-end runs of <c>effects</c>, <c>balance</c>, <c>sites</c> and <c>hours-distribution</c> on simulated files.</summary>
public sealed class StudyEffectsCommandTests(SimulatedFilesFixture files) : IClassFixture<SimulatedFilesFixture>
{
    private (int Code, string Out, string Err) Run(params string[] args) =>
        CliHarness.Run([.. args.Take(1), .. files.Inputs, .. args.Skip(1)]);

    private static (int Code, string Out, string Err) Run2((int ExitCode, string Stdout, string Stderr) r) =>
        (r.ExitCode, r.Stdout, r.Stderr);

    private void NoIds(string text) =>
        Assert.DoesNotContain(files.Ids, id => text.Contains(id, StringComparison.Ordinal));

    [Fact]
    public void Effects_writes_the_weekly_schema_with_band_and_adjusted_p_values()
    {
        var (code, output, err) = Run(
            "effects",
            "--outcome",
            "active13,employed",
            "--weeks",
            "1:20",
            "--band",
            "--band-draws",
            "500",
            "--adjust",
            "holm"
        );
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "outcome,week,n_followed,n_treated,n_control,mean_treated,mean_control,estimate,std_error,df,statistic,p_value,conf_low,conf_high,relative_effect,suppressed,band_low,band_high,p_adjusted,note",
            lines[0]
        );
        Assert.Equal(41, lines.Length); // header + 2 outcomes × 20 weeks
        Assert.StartsWith("effects: persons excluded:", err, StringComparison.Ordinal);
        NoIds(output);

        var json = Run(
            "effects",
            "--outcome",
            "hours",
            "--weeks",
            "5:6",
            "--band",
            "--band-draws",
            "200",
            "--seed",
            "9",
            "--format",
            "json"
        );
        Assert.True(json.Code == 0, json.Err);
        using var doc = JsonDocument.Parse(json.Out);
        var meta = doc.RootElement.GetProperty("metadata");
        Assert.Equal("9", meta.GetProperty("band_seed").GetString());
        Assert.Equal("Neyman", meta.GetProperty("se_type").GetString());
    }

    [Fact]
    public void Effects_supports_designs_populations_windows_and_subgroups()
    {
        var blocked = Run(
            "effects",
            "--outcome",
            "employed",
            "--weeks",
            "1:10",
            "--blocks",
            "site",
            "--format",
            "json"
        );
        Assert.True(blocked.Code == 0, blocked.Err);
        Assert.Contains("\"design\": \"Blocked\"", blocked.Out, StringComparison.Ordinal);
        var balanced = Run("effects", "--outcome", "employed", "--population", "balanced:15", "--se", "classical");
        Assert.True(balanced.Code == 0, balanced.Err);
        Assert.Equal(16, balanced.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var window = Run(
            "effects",
            "--outcome",
            "hours,employed",
            "--window",
            "1:10:mean",
            "--by",
            "gender",
            "--adjust",
            "bh"
        );
        Assert.True(window.Code == 0, window.Err);
        Assert.Contains("outcome,by,level,window,window_statistic", window.Out, StringComparison.Ordinal);
        Assert.Contains(",suppressed,note,p_adjusted", window.Out, StringComparison.Ordinal);
        Assert.Contains("outcome,by,week,window,subgroups,q,df,p_value", window.Out, StringComparison.Ordinal);
        var weekly = Run(
            "effects",
            "--outcome",
            "active13",
            "--weeks",
            "10:12",
            "--by",
            "age_band",
            "--format",
            "text"
        );
        Assert.True(weekly.Code == 0, weekly.Err);
        Assert.Contains("Test of equal effects across age_band", weekly.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_runs_with_and_without_the_register()
    {
        var roster = Run2(
            CliHarness.Run(
                "balance",
                "--roster",
                files.File("roster.csv"),
                "--covariates",
                "gender,birth_year,age_band"
            )
        );
        Assert.True(roster.Code == 0, roster.Err);
        Assert.StartsWith(
            "covariate,level,kind,n_treated,n_control,missing_treated,missing_control,mean_treated",
            roster.Out,
            StringComparison.Ordinal
        );
        Assert.Contains("likelihood_ratio", roster.Out, StringComparison.Ordinal);
        var full = Run("balance", "--format", "json");
        Assert.True(full.Code == 0, full.Err);
        Assert.Contains("history_weeks_sick", full.Out, StringComparison.Ordinal);
        NoIds(full.Out);
    }

    [Fact]
    public void Sites_writes_site_effects_heterogeneity_and_meta_regressions()
    {
        var (code, output, err) = Run(
            "sites",
            "--sites",
            files.File("sites.csv"),
            "--outcome",
            "employed",
            "--weeks",
            "1:15",
            "--tau2",
            "dl"
        );
        Assert.True(code == 0, err);
        Assert.Contains("outcome,site,n_treated,n_control", output, StringComparison.Ordinal);
        Assert.Contains("model,method,k,estimate", output, StringComparison.Ordinal);
        Assert.Contains("random_effects,DL", output, StringComparison.Ordinal);
        Assert.Contains(",caseload,site_table,mixed_effects,DL,z,caseload,", output, StringComparison.Ordinal);
        Assert.Contains("effect:internship", output, StringComparison.Ordinal);
        NoIds(output);
        var own = Run(
            "sites",
            "--outcome",
            "employed",
            "--weeks",
            "10:15",
            "--traits",
            "effect:internship@1:10,control_mean"
        );
        Assert.True(own.Code == 0, own.Err);
        Assert.Contains(
            ",effect:internship@1:10,derived,fixed_effect,FE,z,effect:internship@1:10,",
            own.Out,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Hours_distribution_suppresses_small_cells()
    {
        var (code, output, err) = Run("hours-distribution", "--week", "20", "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(14, doc.RootElement.GetProperty("rows").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("metadata").TryGetProperty("chi_square_p_value", out _));
    }

    [Theory]
    [InlineData("effects", "--outcome", "nonsense")]
    [InlineData("effects", "--outcome", "employed", "--weeks", "0:3")]
    [InlineData("effects", "--outcome", "employed", "--population", "balanced:5", "--weeks", "1:10")]
    [InlineData("effects", "--outcome", "employed", "--clusters", "site", "--se", "classical")]
    [InlineData("effects", "--outcome", "employed", "--clusters", "site")]
    [InlineData("effects", "--outcome", "employed", "--by", "shoe_size")]
    [InlineData("effects", "--outcome", "employed", "--window", "1:10:mean", "--band")]
    [InlineData("effects", "--outcome", "employed", "--adjust", "sidak")]
    [InlineData("effects", "--outcome", "employed", "--window", "1:5:mean", "--adjust", "holm")]
    [InlineData("sites", "--outcome", "employed", "--weeks", "1:10", "--traits", "unknown_trait")]
    [InlineData("hours-distribution", "--week", "500")]
    public void Bad_usage_is_exit_code_2_with_one_line(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("effects:", StringComparison.Ordinal))
            .ToList();
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        NoIds(err);
    }

    [Fact]
    public void Hours_outcomes_without_an_hours_file_are_an_error()
    {
        var (code, _, err) = CliHarness.Run(
            "effects",
            "--roster",
            files.File("roster.csv"),
            "--register",
            files.File("register.csv"),
            "--codebook",
            files.File("codebook.csv"),
            "--outcome",
            "employed"
        );
        Assert.Equal(2, code);
        Assert.Contains("needs ordinary hours", err, StringComparison.Ordinal);
        var internship = CliHarness.Run(
            "effects",
            "--roster",
            files.File("roster.csv"),
            "--register",
            files.File("register.csv"),
            "--codebook",
            files.File("codebook.csv"),
            "--outcome",
            "internship",
            "--weeks",
            "1:5"
        );
        Assert.True(internship.ExitCode == 0, internship.Stderr);
    }

    [Fact]
    public void A_malformed_site_table_names_file_line_and_column()
    {
        string bad = files.Write("bad-sites.csv", "site,caseload\nJC01,40\nJC02,lots\n");
        var (code, _, err) = Run("sites", "--sites", bad, "--outcome", "employed", "--weeks", "1:10");
        Assert.Equal(2, code);
        Assert.Contains("bad-sites.csv:3:2: trait 'caseload' must be a finite number", err, StringComparison.Ordinal);
    }
}
