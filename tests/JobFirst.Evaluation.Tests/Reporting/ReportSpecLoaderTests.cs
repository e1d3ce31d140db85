using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Reporting;

public class ReportSpecLoaderTests
{
    [Fact]
    public void The_documented_example_spec_loads()
    {
        var spec = ReportSpecLoader
            .Parse(
                File.ReadAllText(RepoPaths.File("data-schema", "report-spec.example.json")),
                "report-spec.example.json"
            )
            .Spec;
        Assert.Equal(44, spec.WeekTo);
        Assert.Equal("roster.csv", spec.Inputs.Roster);
        Assert.Contains("gender", spec.Subgroups);
    }

    [Fact]
    public void Unknown_keys_are_errors_with_a_location()
    {
        var ex = Assert.Throws<InputException>(() =>
            ReportSpecLoader.Parse(
                "{\n  \"inputs\": {\"roster\": \"r\", \"register\": \"g\"},\n  \"colour\": 1\n}",
                "spec.json"
            )
        );
        Assert.Equal("spec.json", ex.File);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Missing_inputs_and_bad_values_are_errors()
    {
        Assert.Throws<InputException>(() => ReportSpecLoader.Parse("{}", "s"));
        Assert.Throws<InputException>(() =>
            ReportSpecLoader.Parse("{\"inputs\": {\"roster\": \"r\", \"register\": \"g\"}, \"language\": \"fr\"}", "s")
        );
        Assert.Throws<InputException>(() =>
            ReportSpecLoader.Parse(
                "{\"inputs\": {\"roster\": \"r\", \"register\": \"g\"}, \"population\": \"some\"}",
                "s"
            )
        );
    }

    [Fact]
    public void Schema_lists_every_spec_property()
    {
        var schema = File.ReadAllText(RepoPaths.File("data-schema", "report-spec.schema.json"));
        foreach (var p in typeof(ReportSpec).GetProperties())
        {
            var key = JobFirst.Evaluation.Reporting.Tables.ResultTable.SnakeCase(p.Name);
            Assert.Contains($"\"{key}\"", schema, StringComparison.Ordinal);
        }
    }
}
