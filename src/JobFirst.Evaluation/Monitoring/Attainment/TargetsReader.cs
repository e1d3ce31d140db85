using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Monitoring.Attainment;

/// <summary>
/// Reads a targets file (<c>data-schema/README.md</c>, "Targets"): <c>municipality, original_target,
/// adjusted_target</c> and optionally <c>measure</c>; without a <c>measure</c> column every row is for
/// <c>defaultMeasure</c>. Targets are positive numbers; an empty <c>adjusted_target</c> means not adjusted.
/// The same unit and measure twice is an error naming both lines.
/// </summary>
public static class TargetsReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static IReadOnlyList<TargetRecord> Read(string path, string defaultMeasure = "visited")
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = DelimitedReader.Open(path);
        int unitCol = Require(reader, "municipality", path);
        int originalCol = Require(reader, "original_target", path);
        int adjustedCol = Require(reader, "adjusted_target", path);
        int measureCol = reader.FindColumn("measure");
        var seen = new Dictionary<(string, string), long>();
        var records = new List<TargetRecord>();
        while (reader.ReadRecord())
        {
            string unit = reader[unitCol].Trim().ToString();
            if (unit.Length == 0)
            {
                throw reader.Error("empty municipality", unitCol + 1);
            }
            string measure = measureCol < 0 ? defaultMeasure : reader[measureCol].Trim().ToString();
            if (measure.Length == 0)
            {
                throw reader.Error("empty measure", measureCol + 1);
            }
            double original = Target(reader, originalCol, "original_target")!.Value;
            double? adjusted = Target(reader, adjustedCol, "adjusted_target", allowEmpty: true);
            if (!seen.TryAdd((unit, measure), reader.Line))
            {
                throw reader.Error(
                    FormattableString.Invariant(
                        $"the same municipality and measure appear twice (lines {seen[(unit, measure)]} and {reader.Line})"
                    ),
                    unitCol + 1
                );
            }
            records.Add(new TargetRecord(unit, measure, original, adjusted, reader.Line));
        }
        if (records.Count == 0)
        {
            throw new InputException("the targets file has a header but no rows", path, 2);
        }
        return records;
    }

    private static int Require(DelimitedReader reader, string column, string path)
    {
        int c = reader.FindColumn(column);
        return c >= 0 ? c : throw new InputException($"the targets file has no '{column}' column", path, 1);
    }

    private static double? Target(DelimitedReader reader, int column, string name, bool allowEmpty = false)
    {
        var text = reader[column].Trim();
        if (text.IsEmpty && allowEmpty)
        {
            return null;
        }
        if (!DelimitedNumbers.TryParseDouble(text, reader.Delimiter, out double v) || !double.IsFinite(v) || v <= 0)
        {
            throw reader.Error($"{name} must be a positive number", column + 1);
        }
        return v;
    }
}
