namespace JobFirst.Evaluation.Tests.Input;

/// <summary>Locates files of the repository (e.g. <c>data-schema/</c>) from the test output directory.</summary>
internal static class RepositoryFiles
{
    public static string DataSchema(string name) => Path.Combine(Root(), "data-schema", name);

    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data-schema")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("data-schema/ not found above the test directory");
    }
}
