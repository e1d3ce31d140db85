using JobFirst.Evaluation.Tests.Support;

namespace JobFirst.Evaluation.Tests.Survival;

/// <summary>
/// The default JobFirst scenario with the final-report extract (<c>simulate --extract-end 2018-W26</c>, all
/// 4,856 persons), written once to a temporary directory through the CLI (about a second).
/// </summary>
public sealed class FinalExtractFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public FinalExtractFixture()
    {
        var (code, _, err) = CliHarness.Run(
            "simulate",
            "--scenario",
            "jobfirst",
            "--extract-end",
            "2018-W26",
            "--out",
            _dir.Path
        );
        if (code != 0)
        {
            throw new InvalidOperationException(err);
        }
        RosterIds = [.. System.IO.File.ReadLines(File("roster.csv")).Skip(1).Select(l => l.Split(',')[0])];
        _spells = new(() =>
        {
            var run = CliHarness.Run(StudyArgs("spells", "--out", File("spells.csv")));
            return run.ExitCode == 0 ? File("spells.csv") : throw new InvalidOperationException(run.Stderr);
        });
    }

    private readonly Lazy<string> _spells;

    public string Directory => _dir.Path;

    /// <summary>The <c>spells</c> CSV of the study (written once, on first use).</summary>
    public string SpellsCsv => _spells.Value;

    public string File(string name) => _dir.File(name);

    public IReadOnlyList<string> RosterIds { get; }

    public string[] StudyArgs(params string[] command) =>
        [
            .. command,
            "--roster",
            File("roster.csv"),
            "--register",
            File("register.csv"),
            "--hours",
            File("hours.csv"),
            "--codebook",
            File("codebook.csv"),
        ];

    public void Dispose() => _dir.Dispose();
}
