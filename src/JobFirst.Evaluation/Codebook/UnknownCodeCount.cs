namespace JobFirst.Evaluation.Codebook;

/// <summary>A register code that the codebook does not map (in the week it occurred), and how many cells held it.</summary>
/// <param name="Code">The code as text (numeric codes without leading zeros).</param>
/// <param name="Cells">Number of person-week cells holding the code.</param>
public sealed record UnknownCodeCount(string Code, long Cells);
