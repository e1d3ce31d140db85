using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Formula;

namespace JobFirst.Evaluation.Tests.Regression;

public class DesignMatrixTests
{
    private static DataFrame Frame() =>
        DataFrameReader.Read(
            new StringReader("y,x,f,g,n\n1,1.5,b,u,1\n0,2,a,v,2\n1,,c,u,3\n0,3,a,,1\n1,4,c,v,2\n0,5,b,u,1\n"),
            "d.csv"
        );

    [Fact]
    public void Text_columns_are_treatment_coded_with_R_names_and_missing_rows_dropped()
    {
        var d = DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ x + f + x:f"));
        Assert.Equal(["(Intercept)", "x", "fb", "fc", "x:fb", "x:fc"], d.ColumnNames);
        Assert.Equal(5, d.Rows);
        Assert.Equal(1, d.DroppedRows.RowsDropped);
        Assert.Equal("1 rows dropped (missing: x 1)", d.DroppedRows.Describe());
        Assert.Equal([0, 1, 3, 4, 5], d.UsedRowIndices);
        Assert.Equal([1.0, 1.5, 1, 0, 1.5, 0], Enumerable.Range(0, 6).Select(j => d[0, j]));
        Assert.Equal(["x", "f", "x:f"], d.Terms.Select(t => t.Label));
        Assert.Equal(
            [
                [1],
                [2, 3],
                [4, 5],
            ],
            d.Terms.Select(t => t.Columns.ToArray())
        );
    }

    [Fact]
    public void Interaction_without_main_effect_gets_full_indicators_and_first_variable_varies_fastest()
    {
        var d = DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ x + x:f"));
        Assert.Equal(["(Intercept)", "x", "x:fb", "x:fc"], d.ColumnNames);
        var d2 = DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ x:f"));
        Assert.Equal(["(Intercept)", "x:fa", "x:fb", "x:fc"], d2.ColumnNames);
        var d3 = DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ f*g"));
        Assert.Equal(["(Intercept)", "fb", "fc", "gv", "fb:gv", "fc:gv"], d3.ColumnNames);
        var d4 = DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ f + g - 1"));
        Assert.Equal(["fa", "fb", "fc", "gv"], d4.ColumnNames);
    }

    [Fact]
    public void C_forces_a_numeric_factor_and_ref_moves_the_reference_first()
    {
        var d = DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ C(n) + C(f, ref=c)"));
        Assert.Equal(["(Intercept)", "n2", "n3", "fa", "fb"], d.ColumnNames);
        var f = d.Variables[d.VariableIndex("f")];
        Assert.Equal(["c", "a", "b"], f.Levels);
        Assert.Equal(VariableKind.Factor, d.Variables[d.VariableIndex("n")].Kind);
    }

    [Fact]
    public void Weight_and_cluster_columns_drop_their_missing_rows_too()
    {
        var d = DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ f"), new DesignOptions("n", "g"));
        Assert.Equal(5, d.Rows);
        Assert.Equal(2, d.ClusterCount);
        Assert.True(d.HasWeights);
        Assert.Equal([new DroppedRowCount("g", 1)], d.DroppedRows.MissingByColumn);
    }

    [Fact]
    public void Unknown_column_and_unknown_reference_level_are_input_errors()
    {
        var ex = Assert.Throws<InputException>(() => DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ age")));
        Assert.Contains("no column 'age'", ex.Message, StringComparison.Ordinal);
        var ex2 = Assert.Throws<InputException>(() =>
            DesignMatrixBuilder.Build(Frame(), ModelFormula.Parse("y ~ C(f, ref=z)"))
        );
        Assert.Contains("reference level 'z'", ex2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMatrix_and_alias_detector_drop_later_collinear_columns()
    {
        var df = new DataFrame([
            DataColumn.FromNumbers("y", [1, 0, 1, 0]),
            DataColumn.FromNumbers("a", [1, 2, 3, 5]),
            DataColumn.FromNumbers("b", [2, 4, 6, 10]),
            DataColumn.FromNumbers("c", [0, 1, 0, 2]),
        ]);
        var d = DesignMatrixBuilder.Build(df, ModelFormula.Parse("y ~ a + b + c"));
        Assert.Equal([0, 1, 3], AliasDetector.KeptColumns(d));
        Assert.Equal(5.0, d.ToMatrix()[3, 1]);
    }
}
