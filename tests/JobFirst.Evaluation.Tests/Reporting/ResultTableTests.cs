using System.Text.Json;
using JobFirst.Evaluation.Inference;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Tests.Reporting;

public class ResultTableTests
{
    private static ResultTable Tidy() =>
        ResultTable.FromRecords(
            "effects",
            [
                WaldInference.Compute("treatment", 0.1, 0.05, 100),
                WaldInference.Compute("x", double.NaN, 1, double.PositiveInfinity),
            ],
            new Dictionary<string, string> { ["se_type"] = "HC2" }
        );

    [Fact]
    public void Tidy_records_get_the_fixed_snake_case_schema()
    {
        Assert.Equal(TidyTerm.ColumnNames, Tidy().Columns);
    }

    [Theory]
    [InlineData("NTreated", "n_treated")]
    [InlineData("StdError", "std_error")]
    [InlineData("PValue", "p_value")]
    [InlineData("Active13Week", "active13_week")]
    [InlineData("HTMLTable", "html_table")]
    public void Snake_case(string input, string expected) => Assert.Equal(expected, ResultTable.SnakeCase(input));

    [Fact]
    public void Csv_round_trips_doubles_and_leaves_missing_empty()
    {
        var csv = Tidy().ToString(TableFormat.Csv).Split('\n');
        Assert.Equal("term,estimate,std_error,statistic,p_value,conf_low,conf_high,df", csv[0]);
        Assert.StartsWith("treatment,0.1,0.05,2,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("x,,1,,", csv[2], StringComparison.Ordinal);
        Assert.EndsWith(",Inf", csv[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_metadata_and_nulls_for_non_finite()
    {
        using var doc = JsonDocument.Parse(Tidy().ToString(TableFormat.Json));
        Assert.Equal("HC2", doc.RootElement.GetProperty("metadata").GetProperty("se_type").GetString());
        var row = doc.RootElement.GetProperty("rows")[1];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("estimate").ValueKind);
        Assert.Equal(0.1, doc.RootElement.GetProperty("rows")[0].GetProperty("estimate").GetDouble());
    }

    [Fact]
    public void Text_is_aligned()
    {
        var lines = Tidy().ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("# effects", lines[0]);
        Assert.Contains("std_error", lines[1], StringComparison.Ordinal);
        Assert.Contains("# se_type: HC2", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_must_match_columns()
    {
        Assert.Throws<ArgumentException>(() => new ResultTable("t", ["a", "b"], [new object?[] { 1 }]));
    }
}
