using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Input.Csv;

namespace JobFirst.Evaluation.Monitoring.Survey;

/// <summary>
/// Reads a unit-level survey file (<c>data-schema/README.md</c>, "Survey"): <c>municipality, round, measure,
/// value</c>, one row per unit, round and measure. <c>value</c> is a number (a decimal comma is accepted in
/// <c>;</c> files); empty or <c>NA</c> means the unit skipped the question. The same unit, round and measure
/// twice is an error naming both lines.
/// </summary>
public static class SurveyReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static IReadOnlyList<SurveyResponse> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = DelimitedReader.Open(path);
        int unitCol = Require(reader, "municipality", path);
        int roundCol = Require(reader, "round", path);
        int measureCol = Require(reader, "measure", path);
        int valueCol = Require(reader, "value", path);
        var seen = new Dictionary<(string, string, string), long>();
        var list = new List<SurveyResponse>();
        while (reader.ReadRecord())
        {
            string unit = NonEmpty(reader, unitCol, "municipality");
            string round = NonEmpty(reader, roundCol, "round");
            string measure = NonEmpty(reader, measureCol, "measure");
            var text = reader[valueCol].Trim();
            double? value = null;
            if (!text.IsEmpty && !text.SequenceEqual("NA"))
            {
                if (!DelimitedNumbers.TryParseDouble(text, reader.Delimiter, out double v) || !double.IsFinite(v))
                {
                    throw reader.Error("value must be a number, or empty/NA for no answer", valueCol + 1);
                }
                value = v;
            }
            if (!seen.TryAdd((unit, round, measure), reader.Line))
            {
                throw reader.Error(
                    FormattableString.Invariant(
                        $"the same municipality, round and measure appear twice (lines {seen[(unit, round, measure)]} and {reader.Line})"
                    ),
                    unitCol + 1
                );
            }
            list.Add(new SurveyResponse(unit, round, measure, value, reader.Line));
        }
        if (list.Count == 0)
        {
            throw new InputException("the survey file has a header but no rows", path, 2);
        }
        return list;
    }

    private static int Require(DelimitedReader reader, string column, string path)
    {
        int c = reader.FindColumn(column);
        return c >= 0 ? c : throw new InputException($"the survey file has no '{column}' column", path, 1);
    }

    private static string NonEmpty(DelimitedReader reader, int column, string name)
    {
        var v = reader[column].Trim();
        return v.IsEmpty ? throw reader.Error($"empty {name}", column + 1) : v.ToString();
    }
}
