using JobFirst.Evaluation.Tests.Input;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Cli;

public class LinkCommandTests
{
    [Fact]
    public void Link_prints_the_report_for_the_example_files()
    {
        var (code, output, err) = CliHarness.Run(
            "link",
            "--roster",
            RepositoryFiles.DataSchema("roster.example.csv"),
            "--register",
            RepositoryFiles.DataSchema("register-wide.example.csv"),
            "--hours",
            RepositoryFiles.DataSchema("hours-monthly.example.csv"),
            "--hours-format",
            "monthly"
        );
        Assert.True(code == 0, err);
        Assert.StartsWith("source,measure,count\n", output, StringComparison.Ordinal);
        Assert.Contains("register,matched,5\n", output, StringComparison.Ordinal);
        Assert.Contains("register,roster_only,1\n", output, StringComparison.Ordinal);
        Assert.Contains("hours,hours_only,1\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("P00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_long_register_as_json_to_a_file()
    {
        using var dir = new TempDirectory();
        var outPath = dir.File("link.json");
        var (code, _, err) = CliHarness.Run(
            "link",
            "--roster",
            RepositoryFiles.DataSchema("roster.example.csv"),
            "--register",
            RepositoryFiles.DataSchema("register-long.example.csv"),
            "--register-format",
            "long",
            "--codebook",
            RepositoryFiles.DataSchema("codebook.default.csv"),
            "--format",
            "json",
            "--out",
            outPath
        );
        Assert.True(code == 0, err);
        var json = File.ReadAllText(outPath);
        Assert.Contains("\"measure\": \"matched\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_exits_2_with_file_line_column()
    {
        using var dir = new TempDirectory();
        var register = dir.Write("reg.csv", "pnr,y_1610,y_1611,y_1612,y_1613,y_1614\nP001,130,5,,,\n");
        var (code, output, err) = CliHarness.Run(
            "link",
            "--roster",
            RepositoryFiles.DataSchema("roster.example.csv"),
            "--register",
            register
        );
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {register}:2:3: ", err, StringComparison.Ordinal);
        Assert.Contains("5 (1)", err, StringComparison.Ordinal);
        Assert.DoesNotContain("P001", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);

        var (code2, _, err2) = CliHarness.Run(
            "link",
            "--roster",
            RepositoryFiles.DataSchema("roster.example.csv"),
            "--register",
            register,
            "--unknown-codes",
            "other"
        );
        Assert.True(code2 == 0, err2);
        var (_, output2, _) = CliHarness.Run(
            "link",
            "--roster",
            RepositoryFiles.DataSchema("roster.example.csv"),
            "--register",
            register,
            "--unknown-codes",
            "other"
        );
        Assert.Contains("register,unknown_code_cells_mapped_to_other,1\n", output2, StringComparison.Ordinal);
        Assert.Contains("register,unknown_code_mapped_to_other: 5,1\n", output2, StringComparison.Ordinal);
    }

    [Fact]
    public void Visitation_outside_the_extract_exits_2()
    {
        using var dir = new TempDirectory();
        var register = dir.Write("reg.csv", "pnr,y_1610,y_1611\nP001,130,\n");
        var (code, _, err) = CliHarness.Run(
            "link",
            "--roster",
            RepositoryFiles.DataSchema("roster.example.csv"),
            "--register",
            register
        );
        Assert.Equal(2, code);
        Assert.Contains("roster.example.csv:5:3: visitation week 2016-W12 lies outside", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_and_bad_option_exit_2()
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliHarness.Run(
            "link",
            "--roster",
            dir.File("roster.csv"),
            "--register",
            dir.File("reg.csv")
        );
        Assert.Equal(2, code);
        Assert.Contains("not found", err, StringComparison.Ordinal);
        var (code2, _, _) = CliHarness.Run("link", "--roster", "a", "--register", "b", "--register-format", "diagonal");
        Assert.Equal(2, code2);
    }
}
