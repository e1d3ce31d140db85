namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>
/// A hidden sibling directory (<c>.{name}.partial-{random}</c>) a report is written into first. <see cref="Publish"/>
/// moves its entries into the target (replacing earlier outputs of the same names, leaving other files such as
/// <c>data/</c> alone); disposing without publishing deletes it, so a failure never leaves a half-written report.
/// </summary>
internal sealed class StagingDirectory : IDisposable
{
    private readonly string _target;
    private bool _published;

    public StagingDirectory(string target)
    {
        _target = Path.GetFullPath(target);
        string parent = Path.GetDirectoryName(_target.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        Directory.CreateDirectory(parent);
        Root = System.IO.Path.Combine(
            parent,
            "."
                + System.IO.Path.GetFileName(_target.TrimEnd(Path.DirectorySeparatorChar))
                + ".partial-"
                + Guid.NewGuid().ToString("N")[..12]
        );
        Directory.CreateDirectory(Root);
    }

    /// <summary>The staging directory's path.</summary>
    public string Root { get; }

    public string File(string relative) =>
        System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Moves every entry into the target directory (created when absent).</summary>
    public void Publish()
    {
        if (!Directory.Exists(_target))
        {
            Directory.Move(Root, _target);
            _published = true;
            return;
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(Root).Order(StringComparer.Ordinal).ToList())
        {
            string destination = System.IO.Path.Combine(_target, System.IO.Path.GetFileName(entry));
            if (Directory.Exists(destination))
            {
                Directory.Delete(destination, recursive: true);
            }
            else if (System.IO.File.Exists(destination))
            {
                System.IO.File.Delete(destination);
            }
            if (Directory.Exists(entry))
            {
                Directory.Move(entry, destination);
            }
            else
            {
                System.IO.File.Move(entry, destination);
            }
        }
        Directory.Delete(Root, recursive: true);
        _published = true;
    }

    public void Dispose()
    {
        if (!_published && Directory.Exists(Root))
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the directory is hidden and named as partial.
            }
        }
    }
}
