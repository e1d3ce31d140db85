namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>The input files of a report (paths relative to the spec file; formats in <c>data-schema/README.md</c>).</summary>
public sealed record ReportInputs
{
    /// <summary>Trial roster CSV (with <c>design: participants</c>: the participants file, no <c>arm</c> column).</summary>
    public required string Roster { get; init; }

    /// <summary>DREAM register extract; required by the trial design, optional for <c>participants</c> (sections that need it say so).</summary>
    public string? Register { get; init; }

    /// <summary><c>wide</c> (y_YYWW columns) or <c>long</c> (person_id, iso_week, code).</summary>
    public string RegisterFormat { get; init; } = "wide";

    /// <summary>Ordinary hours file (optional; without it, <c>grad_YYYY_MM</c> columns of a wide register are used when present).</summary>
    public string? Hours { get; init; }

    /// <summary><c>weekly</c> or <c>monthly</c>.</summary>
    public string HoursFormat { get; init; } = "weekly";

    /// <summary>Codebook CSV (optional; default: the built-in ILLUSTRATIVE codebook).</summary>
    public string? Codebook { get; init; }

    /// <summary>Codes absent from the codebook: <c>error</c> (stop and list them) or <c>other</c> (map to other and count).</summary>
    public string UnknownCodes { get; init; } = "error";

    /// <summary>Site traits CSV (<c>site, trait...</c>, optional).</summary>
    public string? Sites { get; init; }

    /// <summary>Screening file (participants design: one row per screened person, stage flags or dates; the <c>funnel</c> section).</summary>
    public string? Screening { get; init; }

    /// <summary>Targets file (<c>municipality, original_target, adjusted_target[, measure]</c>; the <c>attainment</c> section).</summary>
    public string? Targets { get; init; }

    /// <summary>Unit-level survey (<c>municipality, round, measure, value</c>; the <c>survey</c> section).</summary>
    public string? Survey { get; init; }

    /// <summary>First registration of the two-source linkage (the <c>registration_linkage</c> section).</summary>
    public string? RegistrationA { get; init; }

    /// <summary>Second registration of the two-source linkage.</summary>
    public string? RegistrationB { get; init; }
}
