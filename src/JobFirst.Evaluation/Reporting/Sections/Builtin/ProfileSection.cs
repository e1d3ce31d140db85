using JobFirst.Evaluation.Monitoring.Profiles;
using JobFirst.Evaluation.Reporting.Spec;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Sections.Builtin;

/// <summary>
/// <c>profile</c>: who took part (seed 004 Tabel 1 "kommuneprofiler" and Tabel 2 "ydelsesprofiler"): per unit the
/// number of participants, the mean of each numeric trait and the majority category with its share for categorical
/// ones; the total row adds the range across units in parentheses (<see cref="ProfileBuilder"/>). One table per
/// <c>by</c> column. Units and cells with fewer than min_cell persons are suppressed.
/// </summary>
public sealed class ProfileSection : ReportSection<ProfileSectionSpec>
{
    /// <inheritdoc/>
    public override string Name => "profile";

    /// <inheritdoc/>
    public override string Summary =>
        "Participant profiles by municipality and benefit group: means, majority categories, ranges (seed 004 Tabel 1-2).";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Designs => ReportDesigns.Both;

    /// <inheritdoc/>
    protected override void ValidateOptions(ProfileSectionSpec options, ReportSpec spec, SpecScope scope)
    {
        MonitoringSupport.OneOf(scope, "layout", options.Layout, "wide", "long");
        if (options.By.Count == 0)
        {
            throw scope.Error("by", "must name at least one column");
        }
        for (int i = 0; i < options.By.Count; i++)
        {
            if (options.By[i].Length == 0 || options.By.Take(i).Contains(options.By[i]))
            {
                throw scope.Error($"by[{i}]", "must be a distinct, non-empty column name");
            }
        }
    }

    /// <inheritdoc/>
    protected override SectionResult Build(ReportContext context, ProfileSectionSpec options)
    {
        var scope = context.ScopeOf(options);
        var roster =
            context.Design == ReportDesigns.Participants ? context.Monitoring.Participants : context.Study.Roster;
        var tables = new List<ReportTable>();
        List<string> columns = ["site", "target_group", .. roster.CovariateNames];
        for (int b = 0; b < options.By.Count; b++)
        {
            string by = options.By[b];
            if (!columns.Contains(by))
            {
                throw scope.Error($"by[{b}]", $"'{by}' is not a roster column (columns: {string.Join(", ", columns)})");
            }
            IReadOnlyList<ProfileTrait>? traits = null;
            if (options.Traits is { } names)
            {
                var inferred = ProfileBuilder.InferTraits(roster, by);
                var list = new List<ProfileTrait>();
                for (int i = 0; i < names.Count; i++)
                {
                    var t =
                        inferred.FirstOrDefault(x => x.Name == names[i])
                        ?? throw scope.Error(
                            $"traits[{i}]",
                            $"'{names[i]}' is not a trait of the roster (traits: {string.Join(", ", inferred.Select(x => x.Name))})"
                        );
                    list.Add(t);
                }
                traits = list;
            }
            var profile = MonitoringSupport.Run(
                context,
                options,
                "traits",
                () => ProfileBuilder.Build(roster, by, traits, context.MinCell)
            );
            if (!options.Tables)
            {
                continue;
            }
            var (unit, units) = MonitoringSupport.UnitWords(context, by);
            string seed =
                by == "site" ? " (seed 004 Tabel 1)"
                : by == "target_group" ? " (seed 004 Tabel 2)"
                : "";
            string caption = context.Localized(
                $"Participant profiles by {unit}{seed}: per {unit} the number of participants (n), the mean of each numeric trait and, for categorical traits, the most common category with its share of the non-missing values (ties: the first in alphabetical order). The total row gives the overall value and, in parentheses, the range across {units} (smallest to largest {unit} value among the {units} shown). {context.Count(profile.Units.Sum(u => u.Persons))} participants in {context.Count(profile.Units.Count)} {units}. {context.SuppressionText}",
                $"Deltagerprofiler fordelt på {unit}{seed}: for hver {unit} antal deltagere (n), gennemsnittet af hver numerisk egenskab og, for kategoriske egenskaber, den hyppigste kategori med dens andel af de udfyldte værdier (ved lighed: den første alfabetisk). Totalrækken viser den samlede værdi og i parentes spændet på tværs af {units} (mindste til største værdi blandt de viste {units}). {context.Count(profile.Units.Sum(u => u.Persons))} deltagere i {context.Count(profile.Units.Count)} {units}. {context.SuppressionText}"
            );
            string id = options.By.Count == 1 ? "" : by;
            if (options.Layout == "long")
            {
                tables.Add(
                    MonitoringSupport.Flagged(id, profile.ToResultTable(), caption, ["value", "category", "count"])
                );
                continue;
            }
            // The wide layout writes suppressed cells as "<min" text and small unit counts as null: mark both.
            var display = profile.ToDisplayTable();
            string marker = "<" + context.MinCell.ToString(System.Globalization.CultureInfo.InvariantCulture);
            int n = display.IndexOf("n");
            tables.Add(
                TableSuppression.Apply(
                    id,
                    display,
                    caption,
                    (_, cells) =>
                        [
                            .. display.Columns.Where(
                                (c, i) => cells[i] is string text && text == marker || (i == n && cells[i] is null)
                            ),
                        ]
                )
            );
        }
        return new SectionResult
        {
            Heading = options.Title ?? context.Localized("Participant profiles", "Deltagerprofiler"),
            Tables = tables,
            Conventions = new Dictionary<string, string>
            {
                ["profile"] =
                    "Profiles (seed 004 Tabel 1-2): numeric trait = mean of non-missing values; categorical = majority category and its share (ties to the first in ordinal order); total row = all persons, range = smallest and largest shown unit value.",
            },
        };
    }
}
