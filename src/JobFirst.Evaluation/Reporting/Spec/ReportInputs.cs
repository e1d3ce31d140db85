namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>The input files of a report (paths relative to the spec file; formats in <c>data-schema/README.md</c>).</summary>
public sealed record ReportInputs
{
    /// <summary>Trial roster CSV.</summary>
    public required string Roster { get; init; }

    /// <summary>DREAM register extract.</summary>
    public required string Register { get; init; }

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
}
