namespace JobFirst.Evaluation.Register;

/// <summary>Scans a register in either layout with one call (dispatches to <see cref="DreamWideReader"/> or <see cref="DreamLongReader"/>).</summary>
public static class RegisterReader
{
    /// <summary>Scans the register at <paramref name="path"/> in layout <paramref name="format"/>; see the two readers for the rules.</summary>
    public static RegisterScanResult Scan(
        string path,
        RegisterFormat format,
        Roster.Roster roster,
        Codebook.Codebook codebook,
        RegisterScanOptions options,
        RegisterPersonHandler onPerson
    ) =>
        format switch
        {
            RegisterFormat.Wide => DreamWideReader.Scan(path, roster, codebook, options, onPerson),
            RegisterFormat.LongForm => DreamLongReader.Scan(path, roster, codebook, options, onPerson),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown register format."),
        };
}
