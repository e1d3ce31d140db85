using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>
/// A place in a spec (a JSON path such as <c>$.sections[2]</c>) that validation code raises located errors from:
/// <c>throw scope.Error("week", "must be at least 1")</c> gives <c>spec.json:14:7: $.sections[2].week: must be at least 1</c>.
/// </summary>
public sealed class SpecScope
{
    private readonly ReportSpecFile _file;

    internal SpecScope(ReportSpecFile file, string path)
    {
        _file = file;
        Path = path;
    }

    /// <summary>The JSON path of this scope.</summary>
    public string Path { get; }

    /// <summary>The path of a member (<c>"week"</c>) or element (<c>"outcomes[1]"</c>) below this scope; empty = the scope itself.</summary>
    public string PathOf(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        return relative.Length == 0 ? Path
            : relative[0] == '[' ? Path + relative
            : Path + "." + relative;
    }

    /// <summary>An input error at <paramref name="relative"/> whose message starts with that path.</summary>
    public InputException Error(string relative, string message)
    {
        string path = PathOf(relative);
        return _file.ErrorAt(path, path + ": " + message);
    }

    /// <summary>A nested scope.</summary>
    public SpecScope At(string relative) => new(_file, PathOf(relative));
}
