using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Reporting.Sections;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Tests.Reporting;

/// <summary>Options of the test section: one extra key.</summary>
public sealed record CountingSectionSpec : SectionSpec
{
    public int Threshold { get; init; } = 1;
}

/// <summary>
/// A section written the way docs/report.md says a new one is added: counts persons per site with at least
/// <c>threshold</c> observed weeks, as a table (small counts suppressed) and a flow figure.
/// </summary>
public sealed class CountingSection : ReportSection<CountingSectionSpec>
{
    public override string Name => "counting";

    public override string Summary => "Persons per site (test section).";

    protected override void ValidateOptions(CountingSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        if (options.Threshold < 1)
        {
            throw scope.Error("threshold", "must be at least 1");
        }
    }

    protected override SectionResult Build(ReportContext context, CountingSectionSpec options)
    {
        var study = context.Study;
        var rows = study
            .Roster.Persons.Where(p => study.Panel.ObservedWeeks(p.Index) >= options.Threshold)
            .GroupBy(p => p.Site)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SiteCount(g.Key, g.Count()))
            .ToList();
        // One deliberately tiny row so the suppression path is exercised whatever the simulation draws.
        rows.Add(new SiteCount("tiny", 2));
        var table = ResultTable.FromRecords("Persons per site", rows);
        var figure = FlowDiagramFigure.Build(
            [new FlowStep("Sites", rows.Count), new FlowStep("Tiny", 2)],
            context.FigureOptions("Counting")
        );
        return new SectionResult
        {
            Heading = options.Title ?? "Counting",
            Tables = [TableSuppression.ByCount("", table, "Persons per site.", "persons", [], context.MinCell)],
            Figures = [new ReportFigure("", figure, "Counting figure.")],
            Conventions = new Dictionary<string, string> { ["counting"] = "test convention" },
        };
    }
}

public sealed record SiteCount(string Site, int Persons);
