using JobFirst.Evaluation.Calendar;
using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Tests.StudyEffects;

/// <summary>
/// A small hand-built event panel: an extract of <see cref="ExtractWeeks"/> weeks starting 2016-W01, each person given by
/// the week index of visitation (0 = the extract's first week), arm, and weekly hours from visitation on (internship when
/// the value is negative, for tests that need a category). Persons with a null series are absent from the register.
/// </summary>
internal sealed class HandPanel
{
    public const int ExtractWeeks = 12;

    public HandPanel(params (int Start, bool Treated, double[]? Hours)[] persons)
    {
        var first = new IsoWeek(2016, 1);
        var window = new ExtractWindow(first, first.AddWeeks(ExtractWeeks - 1));
        var builder = new EventPanelBuilder(
            [.. persons.Select(p => first.AddWeeks(p.Start))],
            window,
            new EventPanelOptions { MaxFollowUpWeeks = ExtractWeeks, HistoryWeeks = 0 }
        );
        for (int i = 0; i < persons.Length; i++)
        {
            var (start, _, hours) = persons[i];
            if (hours is null)
            {
                continue;
            }
            var categories = new BenefitCategory[ExtractWeeks];
            var h = new float[ExtractWeeks];
            Array.Fill(categories, BenefitCategory.CashBenefit);
            for (int k = 0; k < hours.Length && start + k < ExtractWeeks; k++)
            {
                if (hours[k] < 0)
                {
                    categories[start + k] = BenefitCategory.Internship;
                }
                else
                {
                    h[start + k] = (float)hours[k];
                }
            }
            builder.Add(i, categories, h);
        }
        Panel = builder.Build();
        Treated = [.. persons.Select(p => p.Treated)];
    }

    public EventPanel Panel { get; }

    public IReadOnlyList<bool> Treated { get; }
}
