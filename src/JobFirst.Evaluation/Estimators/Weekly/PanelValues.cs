using JobFirst.Evaluation.Codebook;
using JobFirst.Evaluation.Indicators;
using JobFirst.Evaluation.Panel;

namespace JobFirst.Evaluation.Estimators.Weekly;

/// <summary>Reads one person's weekly indicator values out of the event panel into a buffer, without allocating.</summary>
public static class PanelValues
{
    /// <summary>
    /// Writes the person's <paramref name="indicator"/> for event weeks <paramref name="weeks"/>.First.. into
    /// <paramref name="destination"/> and returns how many weeks of the range the person is followed (a prefix of the range).
    /// Definitions as <see cref="EventPanel.Value"/> (docs/indicators.md).
    /// </summary>
    public static int Fill(
        EventPanel panel,
        int person,
        WeeklyIndicator indicator,
        WeekRange weeks,
        Span<double> destination
    )
    {
        ArgumentNullException.ThrowIfNull(panel);
        int observed = panel.ObservedWeeks(person);
        int count = Math.Clamp(observed - (weeks.First - 1), 0, weeks.Count);
        if (destination.Length < count)
        {
            throw new ArgumentException("Destination is shorter than the week range.", nameof(destination));
        }
        if (count == 0)
        {
            return 0;
        }
        int offset = weeks.First - 1;
        switch (indicator)
        {
            case WeeklyIndicator.Hours:
            {
                var h = panel.HoursSeries(person).Slice(offset, count);
                for (int k = 0; k < count; k++)
                {
                    destination[k] = h[k];
                }
                break;
            }
            case WeeklyIndicator.Employed:
            {
                var h = panel.HoursSeries(person).Slice(offset, count);
                for (int k = 0; k < count; k++)
                {
                    destination[k] = h[k] > 0 ? 1 : 0;
                }
                break;
            }
            case WeeklyIndicator.Active13:
            {
                int reached = panel.Active13Week(person); // 1-based week, 0 = never
                for (int k = 0; k < count; k++)
                {
                    destination[k] = reached > 0 && weeks.First + k >= reached ? 1 : 0;
                }
                break;
            }
            default:
            {
                var c = panel.Categories(person).Slice(offset, count);
                for (int k = 0; k < count; k++)
                {
                    destination[k] = Matches(indicator, c[k]) ? 1 : 0;
                }
                break;
            }
        }
        return count;
    }

    /// <summary>
    /// Stops with an <see cref="Errors.InputException"/> when an hours-based outcome is asked of a panel built without
    /// ordinary hours (it would be 0 for everyone, not missing).
    /// </summary>
    public static void RequireHours(EventPanel panel, IReadOnlyList<WeeklyIndicator> outcomes)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (panel.HasHours)
        {
            return;
        }
        foreach (var o in outcomes)
        {
            if (o is WeeklyIndicator.Hours or WeeklyIndicator.Employed)
            {
                throw new Errors.InputException(
                    $"outcome '{o.ToName()}' needs ordinary hours: give --hours (or a register with grad_YYYY_MM columns)"
                );
            }
        }
    }

    private static bool Matches(WeeklyIndicator indicator, BenefitCategory c) =>
        indicator switch
        {
            WeeklyIndicator.Internship => c == BenefitCategory.Internship,
            WeeklyIndicator.WageSubsidy => c == BenefitCategory.WageSubsidy,
            WeeklyIndicator.SelfSupport => c == BenefitCategory.SelfSupport,
            WeeklyIndicator.AnyBenefit => c != BenefitCategory.SelfSupport,
            WeeklyIndicator.Sickness => c == BenefitCategory.SicknessBenefit,
            WeeklyIndicator.Education => c is BenefitCategory.StudentGrant or BenefitCategory.EducationBenefit,
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
        };
}
