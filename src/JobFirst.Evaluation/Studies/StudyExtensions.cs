using System.Globalization;
using JobFirst.Evaluation.Estimators.Subgroups;
using JobFirst.Evaluation.Estimators.Weekly;
using JobFirst.Evaluation.Estimators.Windows;
using JobFirst.Evaluation.Figures.Builders;
using JobFirst.Evaluation.Figures.Model;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Studies;

/// <summary>Script and notebook conveniences on a loaded <see cref="Study"/>.</summary>
public static class StudyExtensions
{
    /// <summary>
    /// What was loaded, as a table <c>measure, value</c>: persons per arm, sites, target groups, roster covariates, the
    /// register extract, the longest follow-up and the linkage counts. Counts and names only, never a person identifier,
    /// so it is safe to print (it is what the notebook formatter shows for a study).
    /// </summary>
    public static ResultTable Summary(this Study study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var persons = study.Roster.Persons;
        int treated = study.Treated.Count(t => t);
        int longest = 0;
        for (int p = 0; p < study.Panel.PersonCount; p++)
        {
            longest = Math.Max(longest, study.Panel.ObservedWeeks(p));
        }
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("persons", persons.Count),
            Row("treatment", treated),
            Row("control", persons.Count - treated),
            Row("sites", persons.Select(p => p.Site).Distinct(StringComparer.Ordinal).Count()),
            Row(
                "target_groups",
                string.Join(
                    " ",
                    persons.Select(p => p.TargetGroup).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                )
            ),
            Row("covariates", string.Join(" ", study.Roster.CovariateNames)),
            Row("extract", $"{study.Panel.Window.First}..{study.Panel.Window.Last}"),
            Row("extract_weeks", study.Panel.Window.WeekCount),
            Row("longest_follow_up_weeks", longest),
            Row("register_matched", study.Linkage.RegisterMatched),
            Row("register_roster_only", study.Linkage.RosterOnly),
            Row("register_only_rows", study.Linkage.RegisterOnlyRows),
            Row("hours", study.Panel.HasHours ? "yes" : "no"),
        };
        return new ResultTable(
            "Study",
            ["measure", "value"],
            rows,
            new Dictionary<string, string>
            {
                ["roster"] = Path.GetFileName(study.Files.Roster),
                ["register"] = Path.GetFileName(study.Files.Register),
                ["register_format"] = ResultTable.SnakeCase(study.Files.RegisterFormat.ToString()),
                ["codebook"] = study.Files.Codebook is { } c ? Path.GetFileName(c) : "built-in (illustrative)",
                ["max_follow_up_weeks"] = study.Panel.MaxFollowUpWeeks.ToString(CultureInfo.InvariantCulture),
            }
        );
    }

    /// <summary>
    /// The weekly level of <paramref name="indicator"/> by arm over the persons followed each week (the rows of
    /// <see cref="Study.Indicators"/>), index-aligned by event week, NaN where a cell is suppressed, with the persons
    /// behind each value so figure builders suppress the same cells.
    /// </summary>
    public static WeeklyArmSeries LevelSeries(
        this Study study,
        WeeklyIndicator indicator,
        int? maxWeek = null,
        int minCell = 5
    )
    {
        ArgumentNullException.ThrowIfNull(study);
        var rows = IndicatorTable.Compute(study.Panel, study.Treated, [indicator], maxWeek, minCell);
        var treated = rows.Where(r => r.Arm == "treatment").ToList();
        var control = rows.Where(r => r.Arm == "control").ToList();
        return new WeeklyArmSeries(
            [.. treated.Select(r => r.Week)],
            [.. treated.Select(r => r.Mean ?? double.NaN)],
            [.. control.Select(r => r.Mean ?? double.NaN)],
            [.. treated.Select(r => r.NFollowed)],
            [.. control.Select(r => r.NFollowed)]
        );
    }

    /// <summary>
    /// The weekly level of <paramref name="indicator"/> by arm as a figure (<see cref="WeeklyLevelFigure"/>, seed 000
    /// Figs 1–4): shares on a percent axis, hours on a number axis, titled with the indicator unless
    /// <paramref name="options"/> says otherwise; cells with fewer than <see cref="FigureOptions.MinCellSize"/> persons
    /// are not drawn.
    /// </summary>
    public static Figure PlotLevels(
        this Study study,
        WeeklyIndicator indicator,
        FigureOptions? options = null,
        int? maxWeek = null
    )
    {
        ArgumentNullException.ThrowIfNull(study);
        options ??= new FigureOptions
        {
            Title = indicator.ToName() + " by arm",
            Scale = indicator.IsShare() ? ValueScale.Proportion : ValueScale.Number,
        };
        return WeeklyLevelFigure.Build(study.LevelSeries(indicator, maxWeek, options.MinCellSize), options);
    }

    /// <summary>
    /// The weekly effects of one outcome: <see cref="Study.Effects"/> for <c>[outcome]</c>, returning its single result
    /// (print it, <c>.ToTable().Save("x.csv")</c>, <c>.Plot().SaveSvg("x.svg")</c>, or read <c>.Effects</c> row by row).
    /// </summary>
    public static WeeklyEffects Effects(
        this Study study,
        WeeklyIndicator outcome,
        WeekRange? weeks = null,
        Population? population = null,
        WeeklyEffectOptions? options = null,
        string? blocks = null,
        string? clusters = null
    )
    {
        ArgumentNullException.ThrowIfNull(study);
        return study.Effects([outcome], weeks, population, options, blocks, clusters)[0];
    }

    /// <summary>The subgroup effects of one outcome by the roster column <paramref name="by"/> (<see cref="Study.Subgroups"/> for <c>[outcome]</c>).</summary>
    public static SubgroupEffects Subgroups(
        this Study study,
        WeeklyIndicator outcome,
        string by,
        WeekRange? weeks = null,
        WindowSpec? window = null,
        Population? population = null,
        WeeklyEffectOptions? options = null,
        string? blocks = null,
        string? clusters = null
    )
    {
        ArgumentNullException.ThrowIfNull(study);
        return study.Subgroups([outcome], by, weeks, window, population, options, blocks, clusters)[0];
    }

    private static IReadOnlyList<object?> Row(string measure, object value) => [measure, value];
}
