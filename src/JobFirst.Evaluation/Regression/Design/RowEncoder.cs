namespace JobFirst.Evaluation.Regression.Design;

/// <summary>
/// Computes one design row from the model variables, optionally with one variable overridden for
/// every row (counterfactual rows for margins: the factor set to a level, or a covariate shifted).
/// </summary>
internal sealed class RowEncoder
{
    private readonly IReadOnlyList<ModelVariable> _variables;
    private readonly IReadOnlyList<DesignColumn> _columns;

    public RowEncoder(IReadOnlyList<ModelVariable> variables, IReadOnlyList<DesignColumn> columns)
    {
        _variables = variables;
        _columns = columns;
    }

    public void Fill(int row, Span<double> destination) => Fill(row, destination, -1, 0, 0);

    /// <summary>Value of one column at a row with <paramref name="overrideVariable"/> set (see <see cref="Fill(int, Span{double}, int, double, int)"/>).</summary>
    public double Value(int column, int row, int overrideVariable, double number, int level)
    {
        double value = 1.0;
        foreach (var (vi, lv) in _columns[column].Components)
        {
            var v = _variables[vi];
            if (lv < 0)
            {
                value *= vi == overrideVariable ? number : v.Numbers[row];
            }
            else
            {
                int code = vi == overrideVariable ? level : v.Codes[row];
                if (code != lv)
                {
                    return 0.0;
                }
            }
        }
        return value;
    }

    /// <summary>∂(column)/∂(numeric variable) at a row: the product of the column's other components.</summary>
    public double Derivative(int column, int row, int variable)
    {
        double value = 1.0;
        bool involves = false;
        foreach (var (vi, lv) in _columns[column].Components)
        {
            if (vi == variable)
            {
                involves = true;
                continue;
            }
            var v = _variables[vi];
            value *= lv < 0 ? v.Numbers[row] : (v.Codes[row] == lv ? 1.0 : 0.0);
        }
        return involves ? value : 0.0;
    }

    /// <summary>Fills the row with variable <paramref name="overrideVariable"/> set to <paramref name="number"/> (numeric) or level <paramref name="level"/> (factor).</summary>
    public void Fill(int row, Span<double> destination, int overrideVariable, double number, int level)
    {
        for (int j = 0; j < _columns.Count; j++)
        {
            double value = 1.0;
            foreach (var (vi, lv) in _columns[j].Components)
            {
                var v = _variables[vi];
                if (lv < 0)
                {
                    value *= vi == overrideVariable ? number : v.Numbers[row];
                }
                else
                {
                    int code = vi == overrideVariable ? level : v.Codes[row];
                    value *= code == lv ? 1.0 : 0.0;
                }
            }
            destination[j] = value;
        }
    }
}
