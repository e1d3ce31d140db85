namespace JobFirst.Evaluation.Hours;

/// <summary>0-based columns of an hours file and its number of fields.</summary>
internal readonly record struct HoursColumns(int Id, int Period, int Hours, int FieldCount);
