using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Tests.Monitoring;

/// <summary>Builds a small event-time panel by hand: one entry per person with a visitation week and a week → status function.</summary>
internal sealed class HandPanel(IsoWeek first, IsoWeek last)
{
    private readonly List<(IsoWeek Visit, Func<IsoWeek, (BenefitCategory, float)>? Weeks)> _persons = [];

    public ExtractWindow Window { get; } = new(first, last);

    /// <summary>Adds a person; <paramref name="weeks"/> gives each extract week's category and hours (default: cash benefit, no hours); null = not in the register.</summary>
    public int Add(IsoWeek visit, Func<IsoWeek, (BenefitCategory, float)>? weeks)
    {
        _persons.Add((visit, weeks));
        return _persons.Count - 1;
    }

    public IReadOnlyList<IsoWeek> VisitationWeeks => [.. _persons.Select(p => p.Visit)];

    public EventPanel Build(int? maxWeeks = null)
    {
        var builder = new EventPanelBuilder(
            VisitationWeeks,
            Window,
            new EventPanelOptions { MaxFollowUpWeeks = maxWeeks ?? Window.WeekCount }
        );
        for (int p = 0; p < _persons.Count; p++)
        {
            if (_persons[p].Weeks is not { } f)
            {
                continue;
            }
            var cats = new BenefitCategory[Window.WeekCount];
            var hours = new float[Window.WeekCount];
            for (int i = 0; i < cats.Length; i++)
            {
                (cats[i], hours[i]) = f(Window.First.AddWeeks(i));
            }
            builder.Add(p, cats, hours);
        }
        return builder.Build();
    }

    public static (BenefitCategory, float) Benefit => (BenefitCategory.CashBenefit, 0f);

    /// <summary>A week function: <paramref name="status"/> in the listed weeks, cash benefit otherwise.</summary>
    public static Func<IsoWeek, (BenefitCategory, float)> In(
        (BenefitCategory Category, float Hours) status,
        params IsoWeek[] weeks
    ) => w => weeks.Contains(w) ? status : Benefit;
}
