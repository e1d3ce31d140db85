using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Formula;

namespace JobFirst.Evaluation.Tests.Regression;

public class FormulaParserTests
{
    private static List<string> Labels(ModelFormula f) => [.. f.Terms.Select(t => t.Label)];

    [Fact]
    public void Star_expands_to_main_effects_and_interaction_in_R_order()
    {
        var f = ModelFormula.Parse("y ~ a*b + c");
        Assert.Equal("y", f.Response);
        Assert.True(f.HasIntercept);
        Assert.Equal(["a", "b", "c", "a:b"], Labels(f));
    }

    [Fact]
    public void Three_way_star_and_colon_ordering_by_first_appearance()
    {
        Assert.Equal(["a", "b", "c", "a:b", "a:c", "b:c", "a:b:c"], Labels(ModelFormula.Parse("y ~ a*b*c")));
        Assert.Equal(["a", "a:b"], Labels(ModelFormula.Parse("y ~ a + b:a")));
    }

    [Theory]
    [InlineData("y ~ x - 1")]
    [InlineData("y ~ x + 0")]
    [InlineData("y ~ 0 + x")]
    [InlineData("y ~ -1 + x")]
    public void Intercept_can_be_dropped(string text)
    {
        var f = ModelFormula.Parse(text);
        Assert.False(f.HasIntercept);
        Assert.Equal(["x"], Labels(f));
    }

    [Fact]
    public void Names_with_dots_and_underscores_backticks_and_C_coding()
    {
        var f = ModelFormula.Parse("first.outcome ~ age_years + C(educ, ref=upper_secondary) + C(muni) + `odd name`");
        Assert.Equal("first.outcome", f.Response);
        Assert.Equal(["age_years", "educ", "muni", "odd name"], Labels(f));
        Assert.Equal(new FactorCoding("educ", true, "upper_secondary"), f.FactorCodings["educ"]);
        Assert.Null(f.FactorCodings["muni"].ReferenceLevel);
        Assert.Equal("12+ yrs", ModelFormula.Parse("y ~ C(e, ref='12+ yrs')").FactorCodings["e"].ReferenceLevel);
    }

    [Fact]
    public void Term_removal_and_duplicates()
    {
        Assert.Equal(["a", "b"], Labels(ModelFormula.Parse("y ~ a*b - a:b")));
        Assert.Equal(["a"], Labels(ModelFormula.Parse("y ~ a + a")));
    }

    [Theory]
    [InlineData("y ~ a +", 8, "formula ended")]
    [InlineData("y ~ a + )", 9, "')'")]
    [InlineData("y a + b", 3, "'~'")]
    [InlineData("y ~ a b", 7, "unexpected 'b'")]
    [InlineData("y ~ C(a, base=2)", 10, "unknown C() argument")]
    [InlineData("y ~ 2 + a", 5, "only 0 and 1")]
    [InlineData("", 1, "empty")]
    public void Syntax_errors_name_the_character_position(string text, int position, string fragment)
    {
        var ex = Assert.Throws<InputException>(() => ModelFormula.Parse(text));
        Assert.Contains(FormattableString.Invariant($"at character {position}"), ex.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Response_on_both_sides_is_rejected()
    {
        var ex = Assert.Throws<InputException>(() => ModelFormula.Parse("y ~ x + y"));
        Assert.Contains("response 'y'", ex.Message, StringComparison.Ordinal);
    }
}
