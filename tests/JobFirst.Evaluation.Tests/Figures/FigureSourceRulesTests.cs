namespace JobFirst.Evaluation.Tests.Figures;

public class FigureSourceRulesTests
{
    /// <summary>Calls that would make figure output depend on the clock, the machine or chance.</summary>
    [Theory]
    [InlineData("DateTime.Now")]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("Console.")]
    [InlineData("new Random(")]
    [InlineData("Guid.NewGuid")]
    [InlineData("CultureInfo.CurrentCulture")]
    [InlineData("Environment.")]
    public void Figure_library_code_avoids_nondeterministic_calls(string forbidden)
    {
        var dir = FiguresSourceDirectory();
        if (dir is null)
        {
            return; // Source tree not available (e.g. tests run from a published folder).
        }
        var offenders = Directory
            .EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(forbidden, StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        Assert.True(offenders.Count == 0, $"{forbidden} used in: {string.Join(", ", offenders)}");
    }

    private static string? FiguresSourceDirectory()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "src", "JobFirst.Evaluation", "Figures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
