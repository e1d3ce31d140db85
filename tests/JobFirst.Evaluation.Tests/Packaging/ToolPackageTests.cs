using System.IO.Compression;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Packaging;

/// <summary>
/// Packs the library and the CLI (Release, into a temporary folder), installs the CLI as a dotnet tool
/// from that folder and runs <c>jobfirst-eval --help</c>.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installs_from_the_local_folder_and_prints_help()
    {
        using var tmp = new TempDirectory();
        string feed = tmp.File("feed");
        var (packCode, packOut) = ProcessRunner.Run(
            "dotnet",
            $"pack src/JobFirst.Evaluation.Cli/JobFirst.Evaluation.Cli.csproj -c Release -o \"{feed}\" -p:ContinuousIntegrationBuild=true"
        );
        Assert.True(packCode == 0, packOut);
        var (libCode, libOut) = ProcessRunner.Run(
            "dotnet",
            $"pack src/JobFirst.Evaluation/JobFirst.Evaluation.csproj -c Release -o \"{feed}\" -p:ContinuousIntegrationBuild=true"
        );
        Assert.True(libCode == 0, libOut);

        string lib = Directory.GetFiles(feed, "JobFirst.Evaluation.0*.nupkg").Single();
        using (var zip = ZipFile.OpenRead(lib))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", names);
            Assert.Contains("lib/net10.0/JobFirst.Evaluation.xml", names); // XML docs ship with the package
        }

        string tools = tmp.File("tools");
        var (installCode, installOut) = ProcessRunner.Run(
            "dotnet",
            $"tool install JobFirst.Evaluation.Cli --tool-path \"{tools}\" --add-source \"{feed}\" --version 0.1.0"
        );
        Assert.True(installCode == 0, installOut);
        var (helpCode, helpOut) = ProcessRunner.Run(Path.Combine(tools, "jobfirst-eval"), "--help");
        Assert.True(helpCode == 0, helpOut);
        Assert.Contains("jobfirst-eval", helpOut, StringComparison.Ordinal);
    }
}
