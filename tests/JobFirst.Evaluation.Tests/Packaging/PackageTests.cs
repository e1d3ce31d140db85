using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;
using JobFirst.Evaluation.Tests.Samples;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Packaging;

/// <summary>
/// Packs the library, the Interactive formatters and the CLI (<c>JobFirst.Evaluation.Packages.slnf</c>, Release,
/// <c>ContinuousIntegrationBuild</c>) into a local folder once, checks what each package carries, installs the CLI as a dotnet tool from that folder and runs
/// <c>jobfirst-eval --help</c>.
/// </summary>
[Collection(DotnetProcesses.Name)]
public class PackageTests
{
    private static readonly Lazy<Feed> Packed = new(Feed.Create);

    [Fact]
    public void Library_package_carries_readme_xml_docs_license_and_symbols()
    {
        var feed = Packed.Value;
        var names = feed.Entries("JobFirst.Evaluation");
        Assert.Contains("README.md", names);
        Assert.Contains("lib/net10.0/JobFirst.Evaluation.dll", names);
        Assert.Contains("lib/net10.0/JobFirst.Evaluation.xml", names); // XML docs ship with the package
        var nuspec = feed.Nuspec("JobFirst.Evaluation");
        AssertCommonMetadata(nuspec, "JobFirst.Evaluation");
        Assert.Contains(Dependencies(nuspec), d => d == "MathNet.Numerics");
        // Symbols: a .snupkg with the portable PDB, source paths mapped (deterministic CI build, no machine paths).
        var pdb = feed.Entries("JobFirst.Evaluation", symbols: true);
        Assert.Contains("lib/net10.0/JobFirst.Evaluation.pdb", pdb);
        var documents = feed.PdbDocuments("JobFirst.Evaluation", "lib/net10.0/JobFirst.Evaluation.pdb");
        Assert.Contains(documents, d => d.EndsWith("/Studies/Study.cs", StringComparison.Ordinal));
        Assert.All(documents, d => Assert.StartsWith("/_/", d, StringComparison.Ordinal));
        Assert.All(documents, d => Assert.DoesNotContain(RepoPaths.Root, d, StringComparison.Ordinal));
    }

    [Fact]
    public void Interactive_package_depends_on_the_library_and_the_formatting_package()
    {
        var feed = Packed.Value;
        var names = feed.Entries("JobFirst.Evaluation.Interactive");
        Assert.Contains("README.md", names);
        Assert.Contains("lib/net10.0/JobFirst.Evaluation.Interactive.dll", names);
        Assert.Contains("lib/net10.0/JobFirst.Evaluation.Interactive.xml", names);
        var nuspec = feed.Nuspec("JobFirst.Evaluation.Interactive");
        AssertCommonMetadata(nuspec, "JobFirst.Evaluation.Interactive");
        var deps = Dependencies(nuspec);
        Assert.Contains("JobFirst.Evaluation", deps);
        Assert.Contains("Microsoft.DotNet.Interactive.Formatting", deps);
        Assert.Contains(
            "lib/net10.0/JobFirst.Evaluation.Interactive.pdb",
            feed.Entries("JobFirst.Evaluation.Interactive", symbols: true)
        );
    }

    [Fact]
    public void Packed_tool_installs_from_the_local_folder_and_prints_help()
    {
        var feed = Packed.Value;
        var nuspec = feed.Nuspec("JobFirst.Evaluation.Cli");
        AssertCommonMetadata(nuspec, "JobFirst.Evaluation.Cli");
        Assert.Contains(
            nuspec.Descendants().Where(e => e.Name.LocalName == "packageType"),
            e => (string?)e.Attribute("name") == "DotnetTool"
        );
        Assert.Contains("README.md", feed.Entries("JobFirst.Evaluation.Cli"));
        Assert.Contains(
            feed.Entries("JobFirst.Evaluation.Cli"),
            e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)
        );

        using var tmp = new TempDirectory();
        string tools = tmp.File("tools");
        var (installCode, installOut) = ProcessRunner.Run(
            "dotnet",
            $"tool install JobFirst.Evaluation.Cli --tool-path \"{tools}\" --add-source \"{feed.Folder}\" --version 0.1.0"
        );
        Assert.True(installCode == 0, installOut);
        var (helpCode, helpOut) = ProcessRunner.Run(Path.Combine(tools, "jobfirst-eval"), "--help");
        Assert.True(helpCode == 0, helpOut);
        Assert.Contains("jobfirst-eval", helpOut, StringComparison.Ordinal);
        Assert.Contains("report", helpOut, StringComparison.Ordinal);
    }

    private static void AssertCommonMetadata(XElement nuspec, string id)
    {
        string Value(string name) => nuspec.Descendants().First(e => e.Name.LocalName == name).Value;
        Assert.Equal(id, Value("id"));
        Assert.Equal(Feed.VersionOf(id), Value("version"));
        Assert.Equal("JobFirst.Evaluation contributors", Value("authors"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        var license = nuspec.Descendants().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("labour-market", Value("tags"), StringComparison.Ordinal);
    }

    private static List<string> Dependencies(XElement nuspec) =>
        [.. nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!)];

    private sealed class Feed
    {
        private Feed(string folder) => Folder = folder;

        public string Folder { get; }

        public static Feed Create()
        {
            string folder = Path.Combine(Path.GetTempPath(), "jfe-feed-" + Guid.NewGuid().ToString("N"));
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                    Directory.Delete(
                        Path.Combine(RepoPaths.Root, "artifacts", "pack-test-" + Path.GetFileName(folder)),
                        recursive: true
                    );
                }
                catch (IOException) { }
            };
            // One SDK process packs all three (JobFirst.Evaluation.Packages.slnf: the packable projects only), building
            // into its own artifacts folder: an up-to-date local Release build (made without ContinuousIntegrationBuild)
            // would otherwise be packed as it is, with unmapped source paths, and be overwritten by this one.
            // It lies inside the repository (git-ignored /artifacts/), so that its generated sources map to /_/ too.
            string artifacts = Path.Combine(RepoPaths.Root, "artifacts", "pack-test-" + Path.GetFileName(folder));
            var (code, output) = ProcessRunner.Run(
                "dotnet",
                $"pack JobFirst.Evaluation.Packages.slnf -c Release -o \"{folder}\" --artifacts-path \"{artifacts}\" -p:ContinuousIntegrationBuild=true -nologo"
            );
            Assert.True(code == 0, output);
            return new Feed(folder);
        }

        public static string VersionOf(string id) => id == "JobFirst.Evaluation.Interactive" ? "0.1.0-beta" : "0.1.0";

        private string PackagePath(string id, bool symbols) =>
            Path.Combine(Folder, $"{id}.{VersionOf(id)}.{(symbols ? "snupkg" : "nupkg")}");

        public List<string> Entries(string id, bool symbols = false)
        {
            using var zip = ZipFile.OpenRead(PackagePath(id, symbols));
            return [.. zip.Entries.Select(e => e.FullName)];
        }

        public XElement Nuspec(string id)
        {
            using var zip = ZipFile.OpenRead(PackagePath(id, symbols: false));
            using var s = zip.GetEntry(id + ".nuspec")!.Open();
            return XElement.Load(s);
        }

        public List<string> PdbDocuments(string id, string entry)
        {
            using var zip = ZipFile.OpenRead(PackagePath(id, symbols: true));
            using var s = zip.GetEntry(entry)!.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            ms.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(ms);
            var reader = provider.GetMetadataReader();
            return [.. reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name))];
        }
    }
}
