namespace JobFirst.Evaluation.Tests.Support;

/// <summary>Locates files of the repository from the test output directory.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "JobFirst.Evaluation.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);
}
