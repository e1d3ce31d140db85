using System.Security.Cryptography;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>
/// A loaded and validated spec together with where it came from: the file name used in error messages, the
/// directory its relative paths are resolved against, its exact bytes (hashed into the manifest) and the
/// position of every JSON value, so checks made later (a roster column named in <c>subgroups</c> that does
/// not exist) still point at the line.
/// </summary>
public sealed class ReportSpecFile
{
    private readonly JsonPositions _positions;
    private readonly byte[] _content;

    internal ReportSpecFile(string name, string baseDirectory, byte[] content, ReportSpec spec, JsonPositions positions)
    {
        Name = name;
        BaseDirectory = baseDirectory;
        _content = content;
        Spec = spec;
        _positions = positions;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
    }

    /// <summary>The spec file as named by the caller (used in error messages).</summary>
    public string Name { get; }

    /// <summary>Directory that relative input paths are resolved against (the spec file's directory).</summary>
    public string BaseDirectory { get; }

    /// <summary>The validated specification.</summary>
    public ReportSpec Spec { get; }

    /// <summary>The spec file's exact bytes.</summary>
    public ReadOnlyMemory<byte> Content => _content;

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; }

    /// <summary>An input error located at the JSON value <paramref name="jsonPath"/> (e.g. <c>$.subgroups[1]</c>).</summary>
    public InputException ErrorAt(string jsonPath, string message)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        var (line, column) = _positions.Find(jsonPath);
        return new InputException(message, Name, line, column);
    }

    /// <summary>A path from the spec resolved against <see cref="BaseDirectory"/> (absolute paths are kept).</summary>
    public string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(BaseDirectory, path));
    }

    /// <summary>A validation scope for the value at <paramref name="jsonPath"/>.</summary>
    public SpecScope At(string jsonPath) => new(this, jsonPath);
}
