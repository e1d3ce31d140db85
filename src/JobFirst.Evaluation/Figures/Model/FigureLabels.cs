namespace JobFirst.Evaluation.Figures.Model;

/// <summary>The labels figure builders generate, in English or Danish (terms as in the Danish evaluation reports).</summary>
public sealed record FigureLabels
{
    /// <summary>x-axis title of weekly figures.</summary>
    public required string WeekSinceRandomisation { get; init; }

    /// <summary>Treatment arm.</summary>
    public required string Treatment { get; init; }

    /// <summary>Control arm.</summary>
    public required string Control { get; init; }

    /// <summary>Effect with its 95% confidence interval.</summary>
    public required string Effect95 { get; init; }

    /// <summary>Pointwise 95% confidence band.</summary>
    public required string ConfidenceBand95 { get; init; }

    /// <summary>Simultaneous 95% band.</summary>
    public required string SimultaneousBand95 { get; init; }

    /// <summary>Effect estimate.</summary>
    public required string Effect { get; init; }

    /// <summary>Left panel of the effect figure.</summary>
    public required string LevelsByArm { get; init; }

    /// <summary>Persons followed per week.</summary>
    public required string PersonsFollowed { get; init; }

    /// <summary>Share of persons.</summary>
    public required string ShareOfPersons { get; init; }

    /// <summary>Ordinary hours per week.</summary>
    public required string HoursPerWeek { get; init; }

    /// <summary>Hours band axis title; {0} is the week.</summary>
    public required string HoursInWeek { get; init; }

    /// <summary>At-risk strip heading.</summary>
    public required string NumberAtRisk { get; init; }

    /// <summary>Kaplan–Meier y-axis title.</summary>
    public required string ShareRemaining { get; init; }

    /// <summary>Kaplan–Meier x-axis title.</summary>
    public required string Weeks { get; init; }

    /// <summary>Balance plot x-axis title.</summary>
    public required string StandardizedMeanDifference { get; init; }

    /// <summary>Pooled estimate row.</summary>
    public required string Pooled { get; init; }

    /// <summary>Site effect axis title.</summary>
    public required string SiteEffect { get; init; }

    /// <summary>Meta-regression line legend.</summary>
    public required string MetaRegressionLine { get; init; }

    /// <summary>Sites legend.</summary>
    public required string Sites { get; init; }

    /// <summary>Persons (count axis).</summary>
    public required string Persons { get; init; }

    /// <summary>Step rate text; {0} is the percentage.</summary>
    public required string OfPreviousStage { get; init; }

    /// <summary>Exclusion box heading.</summary>
    public required string Excluded { get; init; }

    /// <summary>Disclosure footnote; {0} is the minimum cell size.</summary>
    public required string SuppressedFootnote { get; init; }

    /// <summary>Effect axis unit suffix for proportions.</summary>
    public required string PercentagePoints { get; init; }

    /// <summary>English labels.</summary>
    public static FigureLabels English { get; } =
        new()
        {
            WeekSinceRandomisation = "Week since randomisation",
            Treatment = "Treatment",
            Control = "Control",
            Effect95 = "Effect (95% CI)",
            ConfidenceBand95 = "95% CI",
            SimultaneousBand95 = "Simultaneous 95% band",
            Effect = "Effect",
            LevelsByArm = "Level by arm",
            PersonsFollowed = "Persons followed",
            ShareOfPersons = "Share of persons",
            HoursPerWeek = "Ordinary hours per week",
            HoursInWeek = "Ordinary hours in week {0}",
            NumberAtRisk = "Number at risk",
            ShareRemaining = "Share remaining",
            Weeks = "Weeks",
            StandardizedMeanDifference = "Standardized mean difference",
            Pooled = "Pooled",
            SiteEffect = "Site effect",
            MetaRegressionLine = "Meta-regression line",
            Sites = "Sites",
            Persons = "Persons",
            OfPreviousStage = "{0} of previous",
            Excluded = "Excluded",
            SuppressedFootnote = "Cells with fewer than {0} persons suppressed.",
            PercentagePoints = "percentage points",
        };

    /// <summary>Danish labels.</summary>
    public static FigureLabels Danish { get; } =
        new()
        {
            WeekSinceRandomisation = "Uge efter visitation",
            Treatment = "Deltagere",
            Control = "Kontrolgruppe",
            Effect95 = "Effekt (95 pct. KI)",
            ConfidenceBand95 = "95 pct. KI",
            SimultaneousBand95 = "Simultant 95 pct. bånd",
            Effect = "Effekt",
            LevelsByArm = "Niveau fordelt på gruppe",
            PersonsFollowed = "Personer fulgt",
            ShareOfPersons = "Andel af personer",
            HoursPerWeek = "Ordinære timer pr. uge",
            HoursInWeek = "Ordinære timer i uge {0}",
            NumberAtRisk = "Antal i risiko",
            ShareRemaining = "Andel tilbage",
            Weeks = "Uger",
            StandardizedMeanDifference = "Standardiseret middelværdiforskel",
            Pooled = "Samlet",
            SiteEffect = "Effekt i jobcenter",
            MetaRegressionLine = "Meta-regressionslinje",
            Sites = "Jobcentre",
            Persons = "Personer",
            OfPreviousStage = "{0} af forrige",
            Excluded = "Udelukket",
            SuppressedFootnote = "Celler med færre end {0} personer er udeladt.",
            PercentagePoints = "procentpoint",
        };

    /// <summary>The labels for <paramref name="language"/>.</summary>
    public static FigureLabels For(FigureLanguage language) => language == FigureLanguage.Danish ? Danish : English;
}
