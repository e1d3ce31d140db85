using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Errors;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Survival.Spells;

/// <summary>
/// The weekly status whose spells are built: a 0/1 weekly indicator (<c>employed</c> = ordinary hours &gt; 0,
/// the default; <c>internship</c>, <c>wage_subsidy</c>, <c>self_support</c>, <c>any_benefit</c>,
/// <c>sickness</c>, <c>education</c>), <c>active</c> (company-oriented activity: internship, wage subsidy or
/// hours &gt; 0 — the weekly status behind <c>active13</c>), or any codebook category
/// (<c>cash_benefit</c>, <c>resource_course</c>, ...).
/// </summary>
public sealed class SpellStatus
{
    private readonly WeeklyIndicator? _indicator;
    private readonly BenefitCategory? _category;

    private SpellStatus(string name, WeeklyIndicator? indicator, BenefitCategory? category)
    {
        Name = name;
        _indicator = indicator;
        _category = category;
    }

    /// <summary>snake_case name as used on the command line and in output metadata.</summary>
    public string Name { get; }

    /// <summary>Ordinary hours &gt; 0 (seed 000:341): ordinary-hours spells, the default.</summary>
    public static SpellStatus Employed { get; } = new("employed", WeeklyIndicator.Employed, null);

    /// <summary>Company-oriented activity: internship, wage subsidy or ordinary hours &gt; 0 (seed 000:323).</summary>
    public static SpellStatus Active { get; } = new("active", null, null);

    /// <summary>Spells of a 0/1 weekly indicator (not <c>hours</c> or the cumulative <c>active13</c>).</summary>
    public static SpellStatus Of(WeeklyIndicator indicator)
    {
        if (indicator is WeeklyIndicator.Hours or WeeklyIndicator.Active13)
        {
            throw new ArgumentException(
                $"'{indicator.ToName()}' is not a weekly 0/1 status (use employed for hours > 0, active for company-oriented activity).",
                nameof(indicator)
            );
        }
        return new SpellStatus(indicator.ToName(), indicator, null);
    }

    /// <summary>Spells of weeks whose register code maps to <paramref name="category"/>.</summary>
    public static SpellStatus Of(BenefitCategory category) => new(category.ToName(), null, category);

    /// <summary>Parses a status name (indicator, <c>active</c> or codebook category).</summary>
    /// <exception cref="InputException">Unknown name, or <c>hours</c>/<c>active13</c>.</exception>
    public static SpellStatus Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string n = name.Trim();
        if (string.Equals(n, "active", StringComparison.OrdinalIgnoreCase))
        {
            return Active;
        }
        if (WeeklyIndicatorNames.TryParse(n, out var indicator))
        {
            return indicator switch
            {
                WeeklyIndicator.Hours => throw new InputException(
                    "status 'hours' is not a 0/1 weekly status: use 'employed' (hours > 0)"
                ),
                WeeklyIndicator.Active13 => throw new InputException(
                    "status 'active13' is cumulative, not a weekly status: use 'active' with --gap 4 for activity spells"
                ),
                _ => Of(indicator),
            };
        }
        if (BenefitCategoryNames.TryParse(n.ToLowerInvariant(), out var category))
        {
            return Of(category);
        }
        var known = WeeklyIndicatorNames
            .All.Where(i => i is not (WeeklyIndicator.Hours or WeeklyIndicator.Active13))
            .Select(i => i.ToName())
            .Append("active")
            .Concat(BenefitCategoryNames.All);
        throw new InputException($"unknown status '{name}' (known: {string.Join(", ", known)})");
    }

    /// <summary>True when a week with this register category and these ordinary hours is in the status.</summary>
    public bool Contains(BenefitCategory category, float hours)
    {
        if (_category is { } c)
        {
            return category == c;
        }
        return _indicator switch
        {
            null => category is BenefitCategory.Internship or BenefitCategory.WageSubsidy || hours > 0,
            WeeklyIndicator.Employed => hours > 0,
            WeeklyIndicator.Internship => category == BenefitCategory.Internship,
            WeeklyIndicator.WageSubsidy => category == BenefitCategory.WageSubsidy,
            WeeklyIndicator.SelfSupport => category == BenefitCategory.SelfSupport,
            WeeklyIndicator.AnyBenefit => category != BenefitCategory.SelfSupport,
            WeeklyIndicator.Sickness => category == BenefitCategory.SicknessBenefit,
            WeeklyIndicator.Education => category is BenefitCategory.StudentGrant or BenefitCategory.EducationBenefit,
            _ => throw new InvalidOperationException($"Unsupported status {_indicator}."),
        };
    }

    /// <summary>True when the status is defined by ordinary hours alone (<c>employed</c>), so an hours source is needed.</summary>
    public bool RequiresHours => _indicator == WeeklyIndicator.Employed;

    /// <inheritdoc />
    public override string ToString() => Name;
}
