namespace JobFirst.Evaluation.Reporting.Sections;

/// <summary>The study designs of the spec's <c>design</c> key, and the design lists sections declare.</summary>
public static class ReportDesigns
{
    /// <summary>A randomised trial: roster with <c>arm</c>, register required.</summary>
    public const string Trial = "trial";

    /// <summary>Participants without a control group (seeds 002–004): no <c>arm</c> column, register optional.</summary>
    public const string Participants = "participants";

    /// <summary>Sections of the trial design only.</summary>
    public static IReadOnlyList<string> TrialOnly { get; } = [Trial];

    /// <summary>Sections of the participants design only.</summary>
    public static IReadOnlyList<string> ParticipantsOnly { get; } = [Participants];

    /// <summary>Sections of both designs.</summary>
    public static IReadOnlyList<string> Both { get; } = [Trial, Participants];
}
