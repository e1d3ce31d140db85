using JobFirst.Evaluation.Regression.Design;
using JobFirst.Evaluation.Regression.Disclosure;

namespace JobFirst.Evaluation.Survival.Cox;

/// <summary>The prepared model: fitting data plus the names and bookkeeping reported with the result.</summary>
internal sealed record CoxDesign(
    CoxData Data,
    IReadOnlyList<string> ColumnNames,
    IReadOnlyList<DesignTerm> Terms,
    MissingDataReport DroppedRows,
    int Events,
    double WeightedEvents,
    bool HasWeights,
    IReadOnlyList<BinaryColumnCount> BinaryColumns
);
