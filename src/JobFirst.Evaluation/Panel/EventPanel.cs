using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;

namespace JobFirst.Evaluation.Panel;

/// <summary>
/// The event-time panel: for every roster person, the weekly register category and ordinary hours in
/// event weeks 1..<see cref="MaxFollowUpWeeks"/> (week 1 = the ISO week containing the visitation date),
/// how many of those weeks are observed (right-censoring at the extract's end, or at a censoring exit),
/// the week the 13-week continuous-activity indicator is reached, and the history covariates.
/// </summary>
/// <remarks>
/// Memory is proportional to the roster: 5 bytes per person-week (category byte + float hours).
/// Rows are indexed by roster index; persons absent from the register have <see cref="IsLinked"/> false
/// and no observed weeks. Built by <see cref="EventPanelBuilder"/>; immutable afterwards.
/// </remarks>
public sealed class EventPanel
{
    private readonly byte[] _categories;
    private readonly float[] _hours;
    private readonly int[] _observed;
    private readonly int[] _active13Index;
    private readonly PersonHistory[] _history;
    private readonly bool[] _linked;

    internal EventPanel(
        int persons,
        int maxWeeks,
        byte[] categories,
        float[] hours,
        int[] observed,
        int[] active13Index,
        PersonHistory[] history,
        bool[] linked,
        ExtractWindow window,
        bool hasHours
    )
    {
        PersonCount = persons;
        MaxFollowUpWeeks = maxWeeks;
        _categories = categories;
        _hours = hours;
        _observed = observed;
        _active13Index = active13Index;
        _history = history;
        _linked = linked;
        Window = window;
        HasHours = hasHours;
    }

    /// <summary>Number of rows (= roster persons).</summary>
    public int PersonCount { get; }

    /// <summary>Event weeks stored per person.</summary>
    public int MaxFollowUpWeeks { get; }

    /// <summary>The register extract the panel was built from.</summary>
    public ExtractWindow Window { get; }

    /// <summary>True when ordinary hours were supplied (weekly, monthly or grad-based); otherwise hours are all zero.</summary>
    public bool HasHours { get; }

    /// <summary>True when the person was found in the register.</summary>
    public bool IsLinked(int person) => _linked[person];

    /// <summary>Number of follow-up weeks observed for the person (0 when not linked).</summary>
    public int ObservedWeeks(int person) => _observed[person];

    /// <summary>True when event week <paramref name="week"/> (1-based) is observed for the person.</summary>
    public bool IsObserved(int person, int week) => week >= 1 && week <= _observed[person];

    /// <summary>Register category in event week <paramref name="week"/> (1-based; must be observed).</summary>
    public BenefitCategory Category(int person, int week) =>
        (BenefitCategory)_categories[person * MaxFollowUpWeeks + week - 1];

    /// <summary>Ordinary hours in event week <paramref name="week"/> (1-based; must be observed).</summary>
    public float Hours(int person, int week) => _hours[person * MaxFollowUpWeeks + week - 1];

    /// <summary>The person's categories for event weeks 1..ObservedWeeks.</summary>
    public ReadOnlySpan<BenefitCategory> Categories(int person) =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, BenefitCategory>(
            _categories.AsSpan(person * MaxFollowUpWeeks, _observed[person])
        );

    /// <summary>The person's hours for event weeks 1..ObservedWeeks.</summary>
    public ReadOnlySpan<float> HoursSeries(int person) => _hours.AsSpan(person * MaxFollowUpWeeks, _observed[person]);

    /// <summary>Event week (1-based) in which the 13-week indicator is first reached, or 0 if not within observation.</summary>
    public int Active13Week(int person) => _active13Index[person] + 1;

    /// <summary>History covariates over event weeks −155..0.</summary>
    public PersonHistory History(int person) => _history[person];

    /// <summary>
    /// Value of <paramref name="indicator"/> for the person in event week <paramref name="week"/>
    /// (1-based, must be observed): 0/1 for shares, hours for <see cref="WeeklyIndicator.Hours"/>.
    /// </summary>
    public double Value(int person, WeeklyIndicator indicator, int week)
    {
        int i = person * MaxFollowUpWeeks + week - 1;
        var c = (BenefitCategory)_categories[i];
        return indicator switch
        {
            WeeklyIndicator.Internship => c == BenefitCategory.Internship ? 1 : 0,
            WeeklyIndicator.WageSubsidy => c == BenefitCategory.WageSubsidy ? 1 : 0,
            WeeklyIndicator.SelfSupport => c == BenefitCategory.SelfSupport ? 1 : 0,
            WeeklyIndicator.AnyBenefit => c != BenefitCategory.SelfSupport ? 1 : 0,
            WeeklyIndicator.Sickness => c == BenefitCategory.SicknessBenefit ? 1 : 0,
            WeeklyIndicator.Hours => _hours[i],
            WeeklyIndicator.Employed => _hours[i] > 0 ? 1 : 0,
            WeeklyIndicator.Active13 => _active13Index[person] >= 0 && week - 1 >= _active13Index[person] ? 1 : 0,
            WeeklyIndicator.Education => c is BenefitCategory.StudentGrant or BenefitCategory.EducationBenefit ? 1 : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
        };
    }
}
