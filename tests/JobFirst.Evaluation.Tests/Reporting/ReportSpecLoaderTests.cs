using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Sections;
using JobFirst.Evaluation.Reporting.Sections.Builtin;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Reporting;

public class ReportSpecLoaderTests
{
    private const string Inputs = "\"inputs\": {\"roster\": \"r.csv\", \"register\": \"g.csv\"}";

    private static InputException Fails(string json) =>
        Assert.Throws<InputException>(() => ReportSpecLoader.Parse(json, "spec.json"));

    [Fact]
    public void The_documented_example_spec_loads_with_its_sections()
    {
        var file = ReportSpecLoader.Parse(
            File.ReadAllText(RepoPaths.File("data-schema", "report-spec.example.json")),
            "report-spec.example.json"
        );
        var spec = file.Spec;
        Assert.Equal(78, spec.WeekTo);
        Assert.Equal("trial", spec.Design);
        Assert.Equal("roster.csv", spec.Inputs.Roster);
        Assert.Contains("gender", spec.Subgroups);
        Assert.Equal(
            [
                "linkage",
                "persons_followed",
                "balance",
                "weekly_levels",
                "effects",
                "effects",
                "hours_distribution",
                "subgroups",
                "sites",
                "kaplan_meier",
                "stability",
                "logit",
            ],
            spec.Sections.Select(s => s.Section)
        );
        var logit = Assert.IsType<LogisticSectionSpec>(spec.Sections[^1]);
        Assert.Equal("logit_active13", logit.Key);
        Assert.Equal("hc1", logit.Vcov);
        Assert.True(logit.Firth);
        Assert.Equal(35, Assert.IsType<HoursDistributionSectionSpec>(spec.Sections[6]).Week);
        Assert.Equal(["27:78:mean"], Assert.IsType<EffectsSectionSpec>(spec.Sections[4]).Windows);
        Assert.Equal("66:78:mean", Assert.IsType<SitesSectionSpec>(spec.Sections[8]).Window);
        Assert.Equal("effects_adjusted", spec.Sections[5].Key);
        Assert.Contains("gender", Assert.IsType<EffectsSectionSpec>(spec.Sections[5]).AdjustFor);
        Assert.Equal(64, file.Sha256.Length);
    }

    [Fact]
    public void The_demo_writes_exactly_the_documented_example_spec() =>
        Assert.Equal(
            JobFirst.Evaluation.Cli.Commands.DemoSpec.Json,
            File.ReadAllText(RepoPaths.File("data-schema", "report-spec.example.json"))
        );

    [Theory]
    [InlineData("rum", "report-spec.rum.example.json")]
    [InlineData("monitoring", "report-spec.monitoring.example.json")]
    public void The_monitoring_demos_write_exactly_their_documented_example_specs(string scenario, string file)
    {
        string json = File.ReadAllText(RepoPaths.File("data-schema", file));
        Assert.Equal(
            JobFirst.Evaluation.Cli.Commands.DemoSpec.For(
                JobFirst.Evaluation.Cli.Commands.SimulateCommand.ParseScenario(scenario)
            ),
            json
        );
        var spec = ReportSpecLoader.Parse(json, file).Spec;
        Assert.Equal("participants", spec.Design);
        Assert.Null(spec.Inputs.Sites);
        Assert.All(
            spec.Sections,
            s =>
                Assert.Contains(
                    "participants",
                    ReportSectionRegistry.Default.Sections.Single(x => x.Name == s.Section).Designs
                )
        );
    }

    [Fact]
    public void Without_sections_the_registry_defaults_run()
    {
        var spec = ReportSpecLoader.Parse("{" + Inputs + "}", "s").Spec;
        Assert.Equal(ReportSectionRegistry.Default.DefaultSections, spec.Sections.Select(s => s.Section));
        Assert.Equal(5, spec.MinCell);
        Assert.Equal("available", spec.Population);
    }

    [Fact]
    public void Unknown_keys_are_errors_at_their_line_naming_the_allowed_keys()
    {
        var ex = Fails("{\n  " + Inputs + ",\n  \"colour\": 1\n}");
        Assert.Equal("spec.json", ex.File);
        Assert.Equal(3, ex.Line);
        Assert.Equal(3, ex.Column);
        Assert.Contains("unknown key 'colour' in $", ex.Message, StringComparison.Ordinal);
        Assert.Contains("min_cell", ex.Message, StringComparison.Ordinal);

        var nested = Fails("{\n  \"inputs\": {\"roster\": \"r\", \"register\": \"g\",\n    \"rooster\": \"x\"}\n}");
        Assert.Equal(3, nested.Line);
        Assert.Contains("'rooster' in $.inputs", nested.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_options_are_checked_against_the_named_section()
    {
        var ex = Fails(
            "{\n  "
                + Inputs
                + ",\n  \"sections\": [\n    {\"section\": \"linkage\"},\n    {\"section\": \"hours_distribution\",\n     \"colour\": 2}\n  ]\n}"
        );
        Assert.Equal(6, ex.Line);
        Assert.Contains("unknown key 'colour' in $.sections[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("breaks", ex.Message, StringComparison.Ordinal);

        var unknown = Fails("{" + Inputs + ",\n\"sections\": [{\"section\": \"effectz\"}]}");
        Assert.Equal(2, unknown.Line);
        Assert.Contains("unknown section 'effectz'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("weekly_levels", unknown.Message, StringComparison.Ordinal);

        var nameless = Fails("{" + Inputs + ", \"sections\": [{\"id\": \"x\"}]}");
        Assert.Contains("$.sections[0] needs \"section\"", nameless.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"week_to\": \"44\"", "$.week_to must be an integer, not a string")]
    [InlineData("\"week_to\": 4.5", "$.week_to must be an integer, not the number 4.5")]
    [InlineData("\"level\": true", "$.level must be a number, not true")]
    [InlineData("\"title\": null", "$.title must be a string, not null")]
    [InlineData("\"outcomes\": \"hours\"", "$.outcomes must be an array of strings, not a string")]
    [InlineData("\"outcomes\": [\"hours\", 3]", "$.outcomes[1] must be a string, not the number 3")]
    [InlineData("\"inputs\": []", "$.inputs must be an object")]
    [InlineData("\"sections\": {}", "$.sections must be an array")]
    public void Values_of_the_wrong_kind_are_named_by_path(string member, string message)
    {
        string json = member.StartsWith("\"inputs\"", StringComparison.Ordinal)
            ? "{\n" + member + "\n}"
            : "{" + Inputs + ",\n" + member + "\n}";
        var ex = Fails(json);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Theory]
    [InlineData("\"language\": \"fr\"", "$.language: must be \"en\" or \"da\"")]
    [InlineData("\"week_from\": 0", "$.week_from: must be at least 1")]
    [InlineData("\"week_to\": 10, \"focus_week\": 5, \"week_from\": 12", "$.week_to: must be at least week_from")]
    [InlineData("\"focus_week\": 60", "$.focus_week: must lie within week_from..week_to")]
    [InlineData("\"level\": 1.5", "$.level: must lie strictly between 0 and 1")]
    [InlineData("\"min_cell\": 0", "$.min_cell: must be at least 1")]
    [InlineData("\"standard_error\": \"hc2\"", "$.standard_error")]
    [InlineData("\"population\": \"balanced:0\"", "$.population: must be \"available\" or \"balanced:K\"")]
    [InlineData("\"population\": \"some\"", "$.population")]
    [InlineData(
        "\"population\": \"balanced:20\", \"focus_week\": 30",
        "$.focus_week: must be at most K of balanced:20"
    )]
    [InlineData("\"outcomes\": [\"hours\", \"jobs\"]", "$.outcomes[1]: unknown outcome 'jobs'")]
    [InlineData("\"outcomes\": [\"hours\", \"hours\"]", "$.outcomes[1]: outcome 'hours' is listed twice")]
    [InlineData("\"subgroups\": [\"gender\", \"gender\"]", "$.subgroups[1]")]
    [InlineData("\"sections\": [{\"section\": \"linkage\"}, {\"section\": \"linkage\"}]", "already has id \"linkage\"")]
    [InlineData(
        "\"sections\": [{\"section\": \"linkage\", \"id\": \"Bad Id\"}]",
        "$.sections[0].id: must be 1-64 characters"
    )]
    [InlineData(
        "\"sections\": [{\"section\": \"weekly_levels\", \"outcomes\": [\"x\"]}]",
        "$.sections[0].outcomes[0]: unknown outcome 'x'"
    )]
    [InlineData("\"sections\": [{\"section\": \"hours_distribution\", \"breaks\": [5, 3]}]", "$.sections[0].breaks[1]")]
    [InlineData(
        "\"sections\": [{\"section\": \"logit\", \"outcome\": \"hours\"}]",
        "$.sections[0].outcome: must be a 0/1 outcome"
    )]
    [InlineData("\"sections\": [{\"section\": \"logit\", \"formula\": \"treatment +\"}]", "$.sections[0].formula")]
    [InlineData("\"sections\": [{\"section\": \"logit\", \"vcov\": \"hc3\"}]", "$.sections[0].vcov")]
    [InlineData("\"design\": \"cohort\"", "$.design: must be \"trial\" or \"participants\"")]
    [InlineData(
        "\"sections\": [{\"section\": \"kaplan_meier\", \"analysis\": \"first\"}]",
        "$.sections[0].analysis: must be \"spells\" or \"time_to_first\""
    )]
    [InlineData("\"sections\": [{\"section\": \"kaplan_meier\", \"at\": [13, 13]}]", "$.sections[0].at[1]")]
    [InlineData("\"sections\": [{\"section\": \"kaplan_meier\", \"status\": \"hours\"}]", "$.sections[0].status")]
    [InlineData("\"sections\": [{\"section\": \"stability\", \"ties\": \"exact\"}]", "$.sections[0].ties")]
    [InlineData("\"sections\": [{\"section\": \"effects\", \"windows\": [\"27-78\"]}]", "$.sections[0].windows[0]")]
    [InlineData("\"sections\": [{\"section\": \"effects\", \"band_draws\": 10}]", "$.sections[0].band_draws")]
    [InlineData(
        "\"sections\": [{\"section\": \"effects\", \"adjust_for\": [\"gender\"], \"band\": true}]",
        "$.sections[0].band: the sup-t band is computed for the difference in means only"
    )]
    [InlineData("\"sections\": [{\"section\": \"effects\", \"estimator\": \"lin\"}]", "$.sections[0].adjust_for")]
    [InlineData(
        "\"sections\": [{\"section\": \"effects\", \"vcov\": \"hc2\"}]",
        "$.sections[0].vcov: needs a covariate-adjusted"
    )]
    [InlineData("\"sections\": [{\"section\": \"sites\", \"method\": \"ml\"}]", "$.sections[0].method")]
    [InlineData("\"sections\": [{\"section\": \"subgroups\"}]", "$.sections[0].by: needs at least one subgroup column")]
    [InlineData(
        "\"sections\": [{\"section\": \"funnel\"}]",
        "$.sections[0].section: section 'funnel' is not available with design \"trial\""
    )]
    public void Out_of_range_settings_are_errors_at_their_path(string member, string message)
    {
        var ex = Fails("{" + Inputs + ",\n" + member + "\n}");
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
        Assert.Equal("spec.json", ex.File);
    }

    [Fact]
    public void A_participants_design_needs_no_register_runs_its_own_defaults_and_rejects_trial_sections()
    {
        var spec = ReportSpecLoader
            .Parse("{\"design\": \"participants\", \"inputs\": {\"roster\": \"p.csv\"}}", "s")
            .Spec;
        Assert.Null(spec.Inputs.Register);
        Assert.Equal(["profile"], spec.Sections.Select(s => s.Section));
        var trialOnly = Fails(
            "{\"design\": \"participants\", \"inputs\": {\"roster\": \"p.csv\"},\n\"sections\": [{\"section\": \"effects\"}]}"
        );
        Assert.Equal(2, trialOnly.Line);
        Assert.Contains(
            "section 'effects' is not available with design \"participants\"",
            trialOnly.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("monitoring", trialOnly.Message, StringComparison.Ordinal); // lists the sections that are
        var linkage = Fails(
            "{\"design\": \"participants\", \"inputs\": {\"roster\": \"p.csv\"},\n\"sections\": [{\"section\": \"registration_linkage\"}]}"
        );
        Assert.Contains(
            "needs inputs.registration_a and inputs.registration_b",
            linkage.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Missing_required_keys_syntax_errors_and_duplicate_keys_are_located()
    {
        var missing = Fails("{\n  \"inputs\": {\"roster\": \"r\"}\n}");
        Assert.Contains("$.inputs is missing the required key 'register'", missing.Message, StringComparison.Ordinal);
        Assert.Equal(2, missing.Line);
        Assert.Contains("missing the required key 'inputs'", Fails("{}").Message, StringComparison.Ordinal);

        var syntax = Fails("{\n  " + Inputs + ",\n  \"week_to\": 44 44\n}");
        Assert.StartsWith("invalid JSON", syntax.Message, StringComparison.Ordinal);
        Assert.Equal(3, syntax.Line);
        Assert.True(syntax.Column > 1);

        var duplicate = Fails("{" + Inputs + ", \"min_cell\": 5, \"min_cell\": 3}");
        Assert.StartsWith("invalid JSON", duplicate.Message, StringComparison.Ordinal);

        Assert.Contains("must be a JSON object", Fails("[1, 2]").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var spec = ReportSpecLoader
            .Parse("{\n // inputs\n " + Inputs + ",\n \"min_cell\": 10, /* strict */\n}", "s")
            .Spec;
        Assert.Equal(10, spec.MinCell);
    }

    [Fact]
    public void Input_paths_resolve_against_the_spec_file_and_missing_files_are_located()
    {
        using var tmp = new TempDirectory();
        Directory.CreateDirectory(tmp.File("data"));
        File.WriteAllText(tmp.File(Path.Combine("data", "r.csv")), "x");
        string spec = tmp.Write(
            "spec.json",
            "{\n  \"inputs\": {\n    \"roster\": \"data/r.csv\",\n    \"register\": \"data/missing.csv\"\n  }\n}"
        );
        var ex = Assert.Throws<InputException>(() => ReportSpecLoader.Load(spec));
        Assert.Equal(spec, ex.File);
        Assert.Equal(4, ex.Line);
        Assert.Contains("$.inputs.register: file not found", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(tmp.Path, "data", "missing.csv"), ex.Message, StringComparison.Ordinal);

        File.WriteAllText(tmp.File(Path.Combine("data", "missing.csv")), "x");
        var file = ReportSpecLoader.Load(spec);
        Assert.Equal(Path.Combine(tmp.Path, "data", "r.csv"), file.Resolve(file.Spec.Inputs.Roster));

        var none = Assert.Throws<InputException>(() => ReportSpecLoader.Load(tmp.File("nope.json")));
        Assert.Contains("spec file not found", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_seeds_are_derived_from_the_master_seed_and_the_id()
    {
        long a = ReportContext.DeriveSeed(42, "linkage");
        Assert.Equal(a, ReportContext.DeriveSeed(42, "linkage"));
        Assert.NotEqual(a, ReportContext.DeriveSeed(42, "other"));
        Assert.NotEqual(a, ReportContext.DeriveSeed(43, "linkage"));
        Assert.True(a >= 0);
        // Pinned (python: sha256(b"20170501:effects")[:8] little-endian & 2**63-1): a change here silently
        // changes every report's resampling draws.
        Assert.Equal(5326720768760103192L, ReportContext.DeriveSeed(20170501, "effects"));
    }

    [Fact]
    public void Schema_lists_every_spec_and_section_key()
    {
        var schema = File.ReadAllText(RepoPaths.File("data-schema", "report-spec.schema.json"));
        var types = new List<Type> { typeof(ReportSpec), typeof(ReportInputs) };
        types.AddRange(ReportSectionRegistry.Default.Sections.Select(s => s.OptionsType));
        foreach (var type in types)
        {
            foreach (var key in SpecShape.Keys(type))
            {
                Assert.Contains($"\"{key}\"", schema, StringComparison.Ordinal);
            }
        }
        Assert.Contains("\"sections\"", schema, StringComparison.Ordinal);
        foreach (var section in ReportSectionRegistry.Default.Sections)
        {
            Assert.Contains($"\"const\": \"{section.Name}\"", schema, StringComparison.Ordinal);
        }
    }
}
