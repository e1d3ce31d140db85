using System.Text.Json;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>End-to-end runs of <c>effects --adjust-for</c> (Lin, additive OLS) on simulated files, and its usage errors.</summary>
public sealed class AdjustedEffectsCommandTests(SimulatedFilesFixture files) : IClassFixture<SimulatedFilesFixture>
{
    private (int Code, string Out, string Err) Run(params string[] args) =>
        CliHarness.Run([.. args.Take(1), .. files.Inputs, .. args.Skip(1)]);

    private void NoIds(string text) =>
        Assert.DoesNotContain(files.Ids, id => text.Contains(id, StringComparison.Ordinal));

    [Fact]
    public void Lin_weekly_effects_keep_the_weekly_schema_and_label_the_estimator()
    {
        var plain = Run("effects", "--outcome", "employed,hours", "--weeks", "1:8");
        var lin = Run(
            "effects",
            "--outcome",
            "employed,hours",
            "--weeks",
            "1:8",
            "--adjust-for",
            "site,gender,birth_year,history_weeks_employed"
        );
        Assert.True(lin.Code == 0, lin.Err);
        var header = lin.Out.Split('\n')[0];
        Assert.Equal(plain.Out.Split('\n')[0], header);
        Assert.Equal(17, lin.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.NotEqual(plain.Out, lin.Out);
        Assert.Contains("effects: persons excluded:", lin.Err, StringComparison.Ordinal);
        var json = Run(
            "effects",
            "--outcome",
            "hours",
            "--weeks",
            "1:8",
            "--adjust-for",
            "site,gender,history_weeks_employed",
            "--vcov",
            "hc3",
            "--format",
            "json"
        );
        Assert.True(json.Code == 0, json.Err);
        using var doc = JsonDocument.Parse(json.Out);
        var meta = doc.RootElement.GetProperty("metadata");
        Assert.Equal("lm_lin per event week", meta.GetProperty("estimator").GetString());
        Assert.Equal("HC3", meta.GetProperty("se_type").GetString());
        Assert.Equal("Residual", meta.GetProperty("df_method").GetString());
        Assert.StartsWith(
            "estimatr::lm_lin(y ~ t, covariates = ~ site + gender + history_weeks_employed, se_type = \"HC3\")",
            meta.GetProperty("reference").GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal("site, gender, history_weeks_employed", meta.GetProperty("covariates").GetString());
        NoIds(lin.Out + lin.Err + json.Out);
    }

    [Fact]
    public void Ols_window_blocked_and_subgroup_effects_run()
    {
        var window = Run(
            "effects",
            "--outcome",
            "hours",
            "--window",
            "1:10:mean",
            "--adjust-for",
            "gender,education",
            "--estimator",
            "ols",
            "--blocks",
            "site",
            "--format",
            "json"
        );
        Assert.True(window.Code == 0, window.Err);
        using var doc = JsonDocument.Parse(window.Out);
        var meta = doc.RootElement.GetProperty("metadata");
        Assert.Equal(
            "lm_robust (additive covariates) of per-person window outcomes",
            meta.GetProperty("estimator").GetString()
        );
        Assert.Contains("fixed_effects = ~ block", meta.GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("fixed effects", meta.GetProperty("blocks_as").GetString(), StringComparison.Ordinal);
        var row = doc.RootElement.GetProperty("rows")[0];
        Assert.Equal(JsonValueKind.Number, row.GetProperty("estimate").ValueKind);
        var bySex = Run(
            "effects",
            "--outcome",
            "hours",
            "--window",
            "1:10:mean",
            "--by",
            "gender",
            "--adjust-for",
            "history_weeks_employed,education"
        );
        Assert.True(bySex.Code == 0, bySex.Err);
        Assert.Contains("outcome,by,week,window,subgroups,q,df,p_value", bySex.Out, StringComparison.Ordinal);
        var lin = Run("effects", "--outcome", "employed", "--weeks", "1:3", "--estimator", "lin", "--format", "json");
        Assert.True(lin.Code == 0, lin.Err);
        Assert.Contains("\"covariates\": \"none\"", lin.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_covariate_is_exit_code_2_naming_the_column()
    {
        var (code, _, err) = Run("effects", "--outcome", "employed", "--adjust-for", "gender,shoe_size");
        Assert.Equal(2, code);
        Assert.Contains(
            "covariate 'shoe_size' is not a roster column or a history covariate",
            err,
            StringComparison.Ordinal
        );
        Assert.Contains("roster.csv", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--adjust-for", "gender", "--estimator", "dim")]
    [InlineData("--vcov", "hc2")]
    [InlineData("--adjust-for", "gender", "--estimator", "probit")]
    [InlineData("--adjust-for", "gender", "--vcov", "hc4")]
    [InlineData("--adjust-for", "gender", "--vcov", "cr2")]
    [InlineData("--adjust-for", "gender", "--clusters", "site", "--vcov", "hc2")]
    [InlineData("--adjust-for", "gender", "--clusters", "site")]
    [InlineData("--adjust-for", "gender", "--band")]
    [InlineData("--adjust-for", "gender", "--se", "classical")]
    [InlineData("--adjust-for", ",")]
    [InlineData("--adjust-for", "gender,gender")]
    [InlineData("--adjust-for", "gender", "--estimator", "ols", "--vcov", "stata")]
    public void Bad_adjustment_options_are_exit_code_2_with_one_line(params string[] options)
    {
        var (code, _, err) = Run(["effects", "--outcome", "employed", "--weeks", "1:5", .. options]);
        Assert.Equal(2, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("effects:", StringComparison.Ordinal))
            .ToList();
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        NoIds(err);
    }
}
