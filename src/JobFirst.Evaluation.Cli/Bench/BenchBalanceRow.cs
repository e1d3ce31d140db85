namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>One row of the benchmark's <c>balance.csv</c> (bench/SPEC.md stage 6).</summary>
internal sealed record BenchBalanceRow(
    string Covariate,
    double MeanTreated,
    double MeanControl,
    double Difference,
    double Smd,
    double PValue
);
