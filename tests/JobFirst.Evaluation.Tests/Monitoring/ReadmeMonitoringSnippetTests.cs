using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>
/// The README's "How to run a monitoring report" snippet runs as written (samples are tests): each command is
/// executed in-process, with the simulated directories it creates replaced by the shared default-seed ones.
/// </summary>
[Collection(MonitoringScenariosGroup.Name)]
public sealed class ReadmeMonitoringSnippetTests(MonitoringScenarios scenarios)
{
    [Fact]
    public void Every_command_of_the_readme_snippet_succeeds()
    {
        string readme = File.ReadAllText(RepoPaths.File("README.md"));
        int start = readme.IndexOf("### How to run a monitoring report", StringComparison.Ordinal);
        Assert.True(start >= 0, "README lacks the monitoring snippet");
        int open = readme.IndexOf("```sh", start, StringComparison.Ordinal) + 5;
        string block = readme[open..readme.IndexOf("```", open, StringComparison.Ordinal)]
            .Replace("\\\n", " ", StringComparison.Ordinal);
        var commands = block
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        Assert.Contains(commands, c => c.StartsWith("jobfirst-eval monitor", StringComparison.Ordinal));
        using var outDir = new TempDirectory();
        int ran = 0;
        foreach (var command in commands)
        {
            var args = Tokens(command).Skip(1).ToArray();
            if (args[0] == "simulate")
            {
                continue; // the fixture holds the same default-seed files
            }
            for (int i = 0; i < args.Length; i++)
            {
                args[i] =
                    args[i].StartsWith("mon/", StringComparison.Ordinal)
                        ? Path.Combine(scenarios.Monitoring, args[i][4..])
                    : args[i].StartsWith("rum/", StringComparison.Ordinal) ? Path.Combine(scenarios.Rum, args[i][4..])
                    : args[i].StartsWith("out/", StringComparison.Ordinal) ? Path.Combine(outDir.Path, args[i][4..])
                    : args[i];
            }
            var (code, _, err) = CliHarness.Run(args);
            Assert.True(code == 0, $"{command}: {err}");
            ran++;
        }
        Assert.True(ran >= 5);
        Assert.Contains(
            "| 84 | 88 | 88 |",
            File.ReadAllText(Path.Combine(outDir.Path, "monitoring.md")),
            StringComparison.Ordinal
        );
    }

    private static IEnumerable<string> Tokens(string command)
    {
        var token = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in command + " ")
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (token.Length > 0)
                {
                    yield return token.ToString();
                    token.Clear();
                }
            }
            else
            {
                token.Append(c);
            }
        }
    }
}
