using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Monitoring;

/// <summary>
/// The input files of a study without a control group (seeds 002–004; formats in <c>data-schema/README.md</c>).
/// Only the participants file is required; each analysis needs its own file (the funnel the screening file, the
/// monitoring panel and outcomes the register, ...).
/// </summary>
/// <param name="Participants">Participants CSV: <c>person_id, visitation_date, site, target_group</c> and traits (no <c>arm</c>).</param>
public sealed record MonitoringFiles(string Participants)
{
    /// <summary>Participants only (default: no <c>arm</c> column) or a trial roster whose arms are ignored here.</summary>
    public RosterDesign Design { get; init; } = RosterDesign.ParticipantsOnly;

    /// <summary>DREAM-style register (wide or long), or null.</summary>
    public string? Register { get; init; }

    /// <summary>Layout of <see cref="Register"/>.</summary>
    public RegisterFormat RegisterFormat { get; init; } = RegisterFormat.Wide;

    /// <summary>Ordinary hours, or null (then <c>grad_YYYY_MM</c> columns of a wide register are used when present).</summary>
    public string? Hours { get; init; }

    /// <summary>Resolution of <see cref="Hours"/>.</summary>
    public HoursResolution HoursResolution { get; init; } = HoursResolution.Weekly;

    /// <summary>Codebook, or null for the built-in ILLUSTRATIVE one.</summary>
    public string? Codebook { get; init; }

    /// <summary>Screening file (one row per screened person, stage flags or dates), or null.</summary>
    public string? Screening { get; init; }

    /// <summary>Targets file (<c>municipality, original_target, adjusted_target[, measure]</c>), or null.</summary>
    public string? Targets { get; init; }

    /// <summary>Unit-level survey (<c>municipality, round, measure, value</c>), or null.</summary>
    public string? Survey { get; init; }

    /// <summary>First registration for the two-source linkage table (e.g. DFDG), or null.</summary>
    public string? RegistrationA { get; init; }

    /// <summary>Second registration (e.g. the project tool), or null.</summary>
    public string? RegistrationB { get; init; }

    /// <summary>
    /// The files <c>jobfirst-eval simulate --scenario rum|monitoring</c> writes into <paramref name="directory"/>:
    /// participants.csv and, when present, register.csv, hours.csv, codebook.csv, screening.csv, targets.csv,
    /// survey.csv, registration_dfdg.csv and registration_tools.csv.
    /// </summary>
    public static MonitoringFiles InDirectory(string directory)
    {
        string? Existing(string name)
        {
            string path = Path.Combine(directory, name);
            return File.Exists(path) ? path : null;
        }
        return new MonitoringFiles(Path.Combine(directory, "participants.csv"))
        {
            Register = Existing("register.csv"),
            Hours = Existing("hours.csv"),
            Codebook = Existing("codebook.csv"),
            Screening = Existing("screening.csv"),
            Targets = Existing("targets.csv"),
            Survey = Existing("survey.csv"),
            RegistrationA = Existing("registration_dfdg.csv"),
            RegistrationB = Existing("registration_tools.csv"),
        };
    }
}
