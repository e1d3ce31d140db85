using System.Globalization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Monitoring.Survey;

/// <summary>When a unit "meets" a survey measure: <c>value</c> compared with <see cref="Value"/>.</summary>
/// <param name="Comparison">The comparison.</param>
/// <param name="Value">The threshold.</param>
public sealed record SurveyThreshold(ThresholdComparison Comparison, double Value)
{
    /// <summary>The default for a 0/1 measure: the answer is 1.</summary>
    public static SurveyThreshold Yes { get; } = new(ThresholdComparison.Equal, 1);

    /// <summary>True when <paramref name="value"/> meets the threshold.</summary>
    public bool IsMet(double value) =>
        Comparison switch
        {
            ThresholdComparison.AtLeast => value >= Value,
            ThresholdComparison.Above => value > Value,
            ThresholdComparison.AtMost => value <= Value,
            ThresholdComparison.Below => value < Value,
            _ => value == Value,
        };

    /// <summary>The rule in symbols, e.g. <c>&lt; 40</c>.</summary>
    public override string ToString() =>
        (
            Comparison switch
            {
                ThresholdComparison.AtLeast => ">= ",
                ThresholdComparison.Above => "> ",
                ThresholdComparison.AtMost => "<= ",
                ThresholdComparison.Below => "< ",
                _ => "= ",
            }
        ) + Value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>measure&lt;40</c>, <c>measure&gt;=0.6</c>, <c>measure=1</c> (operators <c>&gt;= &gt; &lt;= &lt; =</c>).</summary>
    /// <exception cref="InputException">Not of that form.</exception>
    public static (string Measure, SurveyThreshold Threshold) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (op, comparison) in Operators)
        {
            int i = text.IndexOf(op, StringComparison.Ordinal);
            if (i <= 0)
            {
                continue;
            }
            string measure = text[..i].Trim();
            string number = text[(i + op.Length)..].Trim();
            if (
                measure.Length > 0
                && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
                && double.IsFinite(v)
            )
            {
                return (measure, new SurveyThreshold(comparison, v));
            }
        }
        throw new InputException(
            $"threshold '{text}' must look like measure<40, measure>=0.6 or measure=1 (operators >=, >, <=, <, =)"
        );
    }

    private static readonly (string, ThresholdComparison)[] Operators =
    [
        (">=", ThresholdComparison.AtLeast),
        ("<=", ThresholdComparison.AtMost),
        (">", ThresholdComparison.Above),
        ("<", ThresholdComparison.Below),
        ("=", ThresholdComparison.Equal),
    ];
}
