namespace JobFirst.Evaluation.Regression.Disclosure;

/// <summary>
/// A 0/1 design column's disclosure counts over the estimation sample: persons (Σ frequency weights, or rows) with the
/// column at 1 and, among them, those with the event. Columns with any other value are not counted.
/// </summary>
/// <param name="Column">Design column name (as in the coefficient table's <c>term</c>).</param>
/// <param name="Ones">Persons with the column at 1.</param>
/// <param name="OnesWithEvent">Of those, persons (records) with the event.</param>
public sealed record BinaryColumnCount(string Column, double Ones, double OnesWithEvent);
