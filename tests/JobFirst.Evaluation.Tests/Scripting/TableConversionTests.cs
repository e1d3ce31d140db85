using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Linkage;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Regression.Linear;
using JobFirst.Evaluation.Regression.Margins;
using JobFirst.Evaluation.Reporting.Tables;
using JobFirst.Evaluation.Survival.Cox;
using JobFirst.Evaluation.Survival.KaplanMeier;

namespace JobFirst.Evaluation.Tests.Scripting;

public class TableConversionTests
{
    [Fact]
    public void The_library_result_types_are_found_by_convention()
    {
        var types = TableConversion.ConvertibleTypes;
        foreach (
            var t in new[]
            {
                typeof(DifferenceInMeansResult),
                typeof(LinearRegressionResult),
                typeof(LogisticRegressionResult),
                typeof(MarginsResult),
                typeof(LinkageReport),
                typeof(CoxRegressionResult),
                typeof(StabilityEffect),
                typeof(KaplanMeierResult),
            }
        )
        {
            Assert.Contains(t, types);
        }
        Assert.DoesNotContain(typeof(ResultTable), types);
        Assert.Equal(types.OrderBy(t => t.FullName, StringComparer.Ordinal), types);
    }

    [Fact]
    public void Converts_results_and_tables_but_nothing_else()
    {
        var fit = ScriptingData.Logit();
        Assert.True(TableConversion.TryConvert(fit, out var table));
        Assert.Equal(fit.ToTable().ToString(TableFormat.Csv), table.ToString(TableFormat.Csv));
        var t = TableDialectTests.Sample();
        Assert.True(TableConversion.TryConvert(t, out var same));
        Assert.Same(t, same);
        Assert.False(TableConversion.TryConvert(null, out _));
        Assert.False(TableConversion.TryConvert("text", out _));
        Assert.False(TableConversion.TryConvert(42, out _));
        Assert.False(TableConversion.CanConvert(typeof(string)));
        Assert.True(TableConversion.CanConvert(typeof(LogisticRegressionResult)));
    }

    [Fact]
    public void A_list_converts_only_when_the_element_type_can_combine_a_list()
    {
        // DifferenceInMeansResult has no static ToTable(IReadOnlyList<...>), so a list is not one table.
        var dim = ScriptingData.Dim();
        Assert.False(TableConversion.TryConvert(new List<DifferenceInMeansResult> { dim, dim }, out _));
        Assert.True(TableConversion.CanConvert(typeof(DifferenceInMeansResult)));
    }
}
