using JobFirst.Evaluation.Hours;
using JobFirst.Evaluation.Register;
using JobFirst.Evaluation.Roster;

namespace JobFirst.Evaluation.Studies;

/// <summary>The input files of a study (formats in <c>data-schema/README.md</c>).</summary>
/// <param name="Roster">Trial roster CSV, or the participants file of a design without a control group (<see cref="Design"/>).</param>
/// <param name="Register">DREAM register extract (wide or long).</param>
public sealed record StudyFiles(string Roster, string Register)
{
    /// <summary>Trial roster (default) or participants only (no <c>arm</c> column; seeds 002–004).</summary>
    public RosterDesign Design { get; init; } = RosterDesign.RandomisedTrial;

    /// <summary>Layout of the register file.</summary>
    public RegisterFormat RegisterFormat { get; init; } = RegisterFormat.Wide;

    /// <summary>Ordinary-hours file, or null (then <c>grad_YYYY_MM</c> columns of a wide register are used when present).</summary>
    public string? Hours { get; init; }

    /// <summary>Resolution of <see cref="Hours"/>.</summary>
    public HoursResolution HoursResolution { get; init; } = HoursResolution.Weekly;

    /// <summary>Codebook CSV, or null for the built-in illustrative codebook.</summary>
    public string? Codebook { get; init; }

    /// <summary>
    /// The files <c>jobfirst-eval simulate</c> writes into <paramref name="directory"/>:
    /// roster.csv, register.csv, hours.csv and codebook.csv.
    /// </summary>
    public static StudyFiles InDirectory(string directory) =>
        new(Path.Combine(directory, "roster.csv"), Path.Combine(directory, "register.csv"))
        {
            Hours = Path.Combine(directory, "hours.csv"),
            Codebook = Path.Combine(directory, "codebook.csv"),
        };
}
