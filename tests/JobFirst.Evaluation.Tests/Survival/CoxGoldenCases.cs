using JobFirst.Evaluation.Survival.Cox;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>One R reference fit: the data file, the model and which extra variances and PH tests R recorded.</summary>
/// <param name="Name">Case name in the golden files.</param>
/// <param name="Data">Data file suffix (cox_data_NAME.csv).</param>
/// <param name="Specification">The model.</param>
/// <param name="Ties">Ties method.</param>
/// <param name="Sandwich">"robust" (coxph robust = TRUE), "cluster" (coxph cluster = ...) or null.</param>
/// <param name="Zph">cox.zph transforms recorded (km, identity, rank).</param>
public sealed record CoxGoldenCase(
    string Name,
    string Data,
    CoxSpecification Specification,
    CoxTies Ties,
    string? Sandwich,
    IReadOnlyList<string> Zph
)
{
    /// <summary>Rows R used (the JobFirst spells without those ongoing in week 1), or null for all rows.</summary>
    public Func<JobFirst.Evaluation.Data.DataFrame, JobFirst.Evaluation.Data.DataFrame>? Rows { get; init; }

    public override string ToString() => Name;

    private static readonly CoxSpecification Veteran = new(
        "~ trt + celltype + karno + diagtime + age + prior",
        "time",
        "status"
    );
    private static readonly CoxSpecification Ovarian = new("~ age + ecog.ps + rx", "futime", "fustat");
    private static readonly CoxSpecification OvarianWeighted = new("~ age + ecog.ps", "futime", "fustat", Weights: "w");
    private static readonly CoxSpecification Lung = new("~ age + sex + ph.ecog + wt.loss", "time", "status");
    private static readonly CoxSpecification Colon = new(
        "~ rx + sex + age + obstruct + nodes",
        "time",
        "status",
        Strata: ["etype"],
        Cluster: "id"
    );
    private static readonly CoxSpecification Heart = new(
        "~ age + year + surgery + transplant",
        "stop",
        "event",
        Start: "start",
        Cluster: "id"
    );
    private static readonly CoxSpecification Sim = new(
        "~ treated + age",
        "weeks",
        "lost",
        Strata: ["group"],
        Cluster: "person"
    );

    private static readonly CoxSpecification JobFirstSpells = new("~ treatment", "time", "event", Cluster: "key");

    /// <summary>Spells not already running in event week 1 (the stability analysis' default selection).</summary>
    public static JobFirst.Evaluation.Data.DataFrame NotOngoing(JobFirst.Evaluation.Data.DataFrame frame)
    {
        var flag = frame["ongoing_at_entry"].Numbers.ToArray();
        return CoxTestData.Subset(frame, [.. Enumerable.Range(0, frame.RowCount).Where(i => flag[i] == 0)]);
    }

    public static IReadOnlyList<CoxGoldenCase> All { get; } =
    [
        new("veteran_efron", "veteran", Veteran, CoxTies.Efron, "robust", ["km", "rank"]),
        new("veteran_breslow", "veteran", Veteran, CoxTies.Breslow, "robust", []),
        new(
            "veteran_aliased",
            "veteran",
            new("~ trt + karno + karno2 + age", "time", "status"),
            CoxTies.Efron,
            null,
            []
        ),
        new("ovarian_efron", "ovarian", Ovarian, CoxTies.Efron, "robust", ["km", "identity", "rank"]),
        new("ovarian_breslow", "ovarian", Ovarian, CoxTies.Breslow, "robust", ["km", "identity", "rank"]),
        new("ovarian_weighted_efron", "ovarian", OvarianWeighted, CoxTies.Efron, "robust", []),
        new("ovarian_weighted_breslow", "ovarian", OvarianWeighted, CoxTies.Breslow, "robust", []),
        new(
            "ovarian_strata",
            "ovarian",
            new("~ age + ecog.ps", "futime", "fustat", Strata: ["rx"]),
            CoxTies.Efron,
            null,
            ["km"]
        ),
        new("lung", "lung", Lung, CoxTies.Efron, null, []),
        new("lung_cluster", "lung", Lung with { Cluster = "inst" }, CoxTies.Efron, "cluster", []),
        new(
            "lung_strata_cluster",
            "lung",
            new("~ age + ph.ecog", "time", "status", Strata: ["sex"], Cluster: "inst"),
            CoxTies.Efron,
            "cluster",
            []
        ),
        new("colon_efron", "colon", Colon, CoxTies.Efron, "cluster", ["km"]),
        new("colon_breslow", "colon", Colon, CoxTies.Breslow, "cluster", []),
        new("heart_efron", "heart", Heart, CoxTies.Efron, "cluster", ["km", "identity"]),
        new("heart_breslow", "heart", Heart, CoxTies.Breslow, "cluster", []),
        new(
            "heart_strata",
            "heart",
            new("~ age + year + transplant", "stop", "event", Start: "start", Strata: ["surgery"], Cluster: "id"),
            CoxTies.Efron,
            "cluster",
            ["km"]
        ),
        new("sim_efron", "sim", Sim, CoxTies.Efron, "cluster", ["km"]),
        new(
            "sim_weighted",
            "sim_weighted",
            new("~ treated + age", "weeks", "lost", Weights: "w", Cluster: "person"),
            CoxTies.Efron,
            "cluster",
            []
        ),
        new("sim_breslow", "sim", Sim, CoxTies.Breslow, "cluster", []),
        new("sim_interaction", "sim", new("~ treated * group + age", "weeks", "lost"), CoxTies.Efron, null, ["km"]),
        new("jobfirst_efron", "jobfirst_spells", JobFirstSpells, CoxTies.Efron, "cluster", []) { Rows = NotOngoing },
        new("jobfirst_breslow", "jobfirst_spells", JobFirstSpells, CoxTies.Breslow, "cluster", [])
        {
            Rows = NotOngoing,
        },
        new("monotone", "monotone", new("~ x + z", "time", "status"), CoxTies.Efron, null, []),
        new("ties_efron", "ties", new("~ x", "time", "status"), CoxTies.Efron, null, []),
        new("ties_breslow", "ties", new("~ x", "time", "status"), CoxTies.Breslow, null, []),
    ];
}
