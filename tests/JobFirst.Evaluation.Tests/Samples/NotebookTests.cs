using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Samples;

/// <summary>
/// The notebook <c>samples/midterm-analysis.ipynb</c> cannot be executed here (no Jupyter kernel), so its C# cells are
/// extracted in order into one file-based app that references the library and the Interactive project, built (public
/// API only: the app sees no internals) and run. <c>display(x)</c>, the kernel's global, becomes a function that
/// renders <c>x</c> with the registered HTML formatter; every displayed value must come out as one of the library's
/// tables or figures, and nothing may contain a person id.
/// </summary>
[Collection(DotnetProcesses.Name)]
public partial class NotebookTests(SampleApps apps)
{
    private static readonly string NotebookPath = RepoPaths.File("samples", "midterm-analysis.ipynb");

    /// <summary>The code cells' source, in order.</summary>
    internal static List<string> CodeCells()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(NotebookPath));
        var cells = new List<string>();
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() == "code")
            {
                cells.Add(string.Concat(cell.GetProperty("source").EnumerateArray().Select(l => l.GetString())));
            }
        }
        return cells;
    }

    /// <summary>
    /// The notebook as a file-based app: magic commands (<c>#!csharp</c>, <c>#r</c>, <c>#i</c>) dropped, <c>using</c>
    /// directives hoisted to the top (a notebook may import in any cell), a <c>display</c> shim appended.
    /// </summary>
    internal static string ToProgram(IReadOnlyList<string> cells, string markerPrefix)
    {
        var usings = new List<string>();
        var body = new StringBuilder();
        for (int i = 0; i < cells.Count; i++)
        {
            body.Append(CultureInvariant($"// ---- cell {i + 1}\n"));
            foreach (var raw in cells[i].Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                string t = line.TrimStart();
                if (
                    t.StartsWith("#!", StringComparison.Ordinal)
                    || t.StartsWith("#r ", StringComparison.Ordinal)
                    || t.StartsWith("#i ", StringComparison.Ordinal)
                )
                {
                    continue;
                }
                if (UsingDirective().IsMatch(t))
                {
                    usings.Add(t);
                    continue;
                }
                body.Append(line).Append('\n');
            }
        }
        var sb = new StringBuilder();
        sb.Append("#:project ")
            .Append(RepoPaths.File("src", "JobFirst.Evaluation", "JobFirst.Evaluation.csproj"))
            .Append('\n');
        sb.Append("#:project ")
            .Append(RepoPaths.File("src", "JobFirst.Evaluation.Interactive", "JobFirst.Evaluation.Interactive.csproj"))
            .Append('\n');
        sb.Append("#:property PublishAot=false\n");
        sb.Append("#:property Nullable=enable\n");
        // The C# kernel's own default imports, instead of the SDK's implicit usings (which add System.IO and more).
        sb.Append("#:property ImplicitUsings=disable\n");
        foreach (var u in KernelUsings.Concat(usings).Distinct(StringComparer.Ordinal))
        {
            sb.Append(u).Append('\n');
        }
        sb.Append(body);
        sb.Append(
            $$"""
            // ---- the kernel's display(), rendered with the registered HTML formatter
            static void display(object? value)
            {
                string html = value is null ? "null" : Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString(value, "text/html");
                System.Console.WriteLine("{{markerPrefix}}" + (value?.GetType().Name ?? "null"));
                System.Console.WriteLine(html);
            }

            """
        );
        return sb.ToString();
    }

    private static readonly string[] KernelUsings =
    [
        "using System;",
        "using System.Collections.Generic;",
        "using System.Linq;",
        "using System.Text;",
        "using System.Threading.Tasks;",
    ];

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);

    [Fact]
    public void Notebook_is_a_csharp_polyglot_notebook_that_loads_the_local_package()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(NotebookPath));
        var root = doc.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(
            ".net-csharp",
            root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString()
        );
        foreach (
            var cell in root.GetProperty("cells")
                .EnumerateArray()
                .Where(c => c.GetProperty("cell_type").GetString() == "code")
        )
        {
            Assert.Equal(
                "csharp",
                cell.GetProperty("metadata").GetProperty("dotnet_interactive").GetProperty("language").GetString()
            );
            Assert.Equal("#!csharp\n", cell.GetProperty("source")[0].GetString());
            Assert.Empty(cell.GetProperty("outputs").EnumerateArray()); // committed without outputs
        }
        var first = CodeCells()[0];
        Assert.Contains("#i \"nuget: ../artifacts/packages\"", first, StringComparison.Ordinal);
        Assert.Contains("#r \"nuget: JobFirst.Evaluation.Interactive, 0.1.0-beta\"", first, StringComparison.Ordinal);
        Assert.Contains("JobFirstFormatters.Register();", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notebook_cells_compile_against_the_public_api_and_run()
    {
        const string marker = "@@display ";
        using var tmp = new TempDirectory();
        string program = tmp.Write("midterm-analysis.cs", ToProgram(CodeCells(), marker));
        var run = await apps.Run(program);
        Assert.True(
            run.ExitCode == 0,
            $"notebook program exited with {run.ExitCode}:\n{run.Output}\n---- program\n{File.ReadAllText(program)}"
        );
        var displays = run.Output.Split(marker)[1..];
        Assert.True(displays.Length >= 6, run.Output);
        foreach (var d in displays)
        {
            string type = d[..d.IndexOf('\n', StringComparison.Ordinal)];
            // Every displayed value is rendered by the library's formatters, not by the generic object formatter.
            Assert.True(
                d.Contains("<table class=\"jobfirst-table\">", StringComparison.Ordinal)
                    || d.Contains("<div class=\"jobfirst-figure\"><svg ", StringComparison.Ordinal),
                $"display({type}) was not rendered by a JobFirst formatter:\n{d[..Math.Min(d.Length, 400)]}"
            );
        }
        Assert.DoesNotMatch(@"\bP\d{6}\b", run.Output);
        Assert.Contains("weekly-effects-da.csv", run.Output, StringComparison.Ordinal);
        Assert.Contains("week 35: ", run.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>, ]+)?;\s*$")]
    private static partial Regex UsingDirective();
}
