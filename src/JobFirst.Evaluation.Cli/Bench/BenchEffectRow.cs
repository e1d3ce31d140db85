namespace JobFirst.Evaluation.Cli.Bench;

/// <summary>One row of the benchmark's <c>effects.csv</c> (bench/SPEC.md stage 4).</summary>
internal sealed record BenchEffectRow(
    string Outcome,
    int Week,
    long NTreated,
    long NControl,
    double MeanTreated,
    double MeanControl,
    double Estimate,
    double StdError,
    double Df,
    double ConfLow,
    double ConfHigh
);
