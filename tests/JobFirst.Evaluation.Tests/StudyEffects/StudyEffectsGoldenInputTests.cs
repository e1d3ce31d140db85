namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// Guards the golden inputs: the panel of the simulated study, exported from C#, must equal the CSVs that generate.R read.
/// If the simulator or the panel definitions change, regenerate (see <see cref="GoldenStudyFixture"/>).
/// </summary>
public sealed class StudyEffectsGoldenInputTests(GoldenStudyFixture fixture) : IClassFixture<GoldenStudyFixture>
{
    [Fact]
    public void Exported_panel_matches_the_committed_golden_inputs()
    {
        Assert.True(
            fixture.PersonsCsv == File.ReadAllText(StudyEffectsGolden.PathOf("golden_persons.csv")),
            "golden_persons.csv differs from the simulated study's export: regenerate the golden inputs and values"
        );
        Assert.True(
            fixture.WeeksCsv == File.ReadAllText(StudyEffectsGolden.PathOf("golden_weeks.csv")),
            "golden_weeks.csv differs from the simulated study's export: regenerate the golden inputs and values"
        );
        Assert.Equal(
            File.ReadAllText(fixture.SitesFile),
            File.ReadAllText(StudyEffectsGolden.PathOf("golden_sites.csv"))
        );
    }
}
