using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Survival;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>data-schema/spells.example.csv is exactly what <c>spells</c> writes for the example study files.</summary>
public class SpellExampleFileTests
{
    [Fact]
    public void The_spell_table_example_is_the_output_of_spells_on_the_example_files_and_reads_back()
    {
        using var tmp = new TempDirectory();
        var (code, _, err) = CliHarness.Run(
            "spells",
            "--roster",
            RepoPaths.File("data-schema", "roster.example.csv"),
            "--register",
            RepoPaths.File("data-schema", "register-wide.example.csv"),
            "--hours",
            RepoPaths.File("data-schema", "hours-weekly.example.csv"),
            "--out",
            tmp.File("spells.csv")
        );
        Assert.True(code == 0, err);
        string example = RepoPaths.File("data-schema", "spells.example.csv");
        Assert.Equal(File.ReadAllText(example), File.ReadAllText(tmp.File("spells.csv")));
        var data = SurvivalData.FromFrame(DataFrameReader.ReadCsv(example), SurvivalColumns.SpellTable);
        Assert.Equal(2, data.Count);
        Assert.Equal(2, data.EventCount);
    }
}
