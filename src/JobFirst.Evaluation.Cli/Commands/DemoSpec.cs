namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>
/// The spec <c>demo</c> writes into <c>DIR/data/report-spec.json</c> beside the simulated files; identical to
/// <c>data-schema/report-spec.example.json</c> (a test keeps them equal), so the documented example is the one the
/// README's main command runs.
/// </summary>
internal static class DemoSpec
{
    public const string FileName = "report-spec.json";

    public const string Json = """
        {
          "title": "JobFirst midterm evaluation (simulated data)",
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
          "week_to": 44,
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
            { "section": "weekly_levels" },
            { "section": "hours_distribution", "week": 35 },
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
}
