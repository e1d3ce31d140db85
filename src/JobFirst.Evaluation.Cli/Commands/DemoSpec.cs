namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// The specs <c>demo</c> writes into <c>DIR/data/report-spec.json</c> beside the simulated files; identical to
/// <c>data-schema/report-spec.example.json</c> (JobFirst), <c>report-spec.rum.example.json</c> and
/// <c>report-spec.monitoring.example.json</c> (tests keep them equal), so the documented examples are the ones the
/// demos run.
/// </summary>
internal static class DemoSpec
{
    public const string FileName = "report-spec.json";

    /// <summary>The extract end of the JobFirst demo: the final report's horizon (seed 001), so weeks 1-78 are followed.</summary>
    public static Calendar.IsoWeek FinalExtract { get; } = new(2018, 26);

    public const string Json = """
        {
          "title": "JobFirst evaluation (simulated data)",
          "language": "en",
          "inputs": {
            "roster": "roster.csv",
            "register": "register.csv",
            "hours": "hours.csv",
            "codebook": "codebook.csv",
            "sites": "sites.csv"
          },
          "outcomes": ["internship", "wage_subsidy", "hours", "employed", "active13"],
          "week_from": 1,
          "week_to": 78,
          "focus_week": 35,
          "population": "available",
          "standard_error": "welch",
          "level": 0.95,
          "subgroups": ["target_group", "gender"],
          "site_traits": ["caseload", "control_success_rate", "internship_share"],
          "min_cell": 5,
          "seed": 20170501,
          "sections": [
            { "section": "linkage" },
            { "section": "persons_followed" },
            { "section": "balance" },
            { "section": "weekly_levels" },
            { "section": "effects", "outcomes": ["hours", "employed", "active13"], "windows": ["27:78:mean"] },
            {
              "section": "effects",
              "id": "effects_adjusted",
              "title": "Covariate-adjusted effects (Lin 2013)",
              "outcomes": ["employed"],
              "adjust_for": ["target_group", "gender", "history_weeks_employed", "history_weeks_self_supporting"]
            },
            { "section": "hours_distribution", "week": 35 },
            { "section": "subgroups", "outcomes": ["hours", "employed", "active13"], "window": "27:78:mean" },
            { "section": "sites", "outcome": "employed", "window": "66:78:mean" },
            { "section": "kaplan_meier" },
            { "section": "stability" },
            {
              "section": "logit",
              "id": "logit_active13",
              "outcome": "active13",
              "week": 35,
              "formula": "treatment + target_group + gender",
              "vcov": "hc1",
              "firth": true,
              "margins": ["treatment", "target_group"]
            }
          ]
        }

        """;

    /// <summary>The spec of <c>demo --scenario rum</c> (seed 004, participants design).</summary>
    public const string RumJson = """
        {
          "title": "A more inclusive labour market: visitation and first outcomes (simulated data)",
          "language": "en",
          "design": "participants",
          "inputs": {
            "roster": "participants.csv",
            "register": "register.csv",
            "hours": "hours.csv",
            "codebook": "codebook.csv",
            "screening": "screening.csv",
            "targets": "targets.csv",
            "registration_a": "registration_dfdg.csv",
            "registration_b": "registration_tools.csv"
          },
          "min_cell": 5,
          "sections": [
            { "section": "registration_linkage", "name_a": "DFDG", "name_b": "Tools", "exclude_b": ["test_person=1:test person"] },
            { "section": "profile", "by": ["site", "target_group"] },
            { "section": "funnel" },
            { "section": "attainment" },
            { "section": "first_outcome" }
          ]
        }

        """;

    /// <summary>The spec of <c>demo --scenario monitoring</c> (seed 003, participants design).</summary>
    public const string MonitoringJson = """
        {
          "title": "Municipal monitoring and the result requirement (simulated data)",
          "language": "en",
          "design": "participants",
          "inputs": {
            "roster": "participants.csv",
            "register": "register.csv",
            "hours": "hours.csv",
            "codebook": "codebook.csv",
            "survey": "survey.csv"
          },
          "min_cell": 5,
          "sections": [
            { "section": "profile", "by": ["site"] },
            { "section": "monitoring", "period": "quarter", "threshold": 0.40, "months": 3 },
            { "section": "survey", "thresholds": ["caseload<50"] }
          ]
        }

        """;

    /// <summary>The spec of a simulation scenario.</summary>
    public static string For(JobFirst.Evaluation.Simulation.SimulationScenario scenario) =>
        scenario switch
        {
            JobFirst.Evaluation.Simulation.SimulationScenario.Rum => RumJson,
            JobFirst.Evaluation.Simulation.SimulationScenario.Monitoring => MonitoringJson,
            _ => Json,
        };
}
