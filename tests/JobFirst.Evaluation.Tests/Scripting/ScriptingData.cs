using JobFirst.Evaluation.Data;
using JobFirst.Evaluation.Estimators;
using JobFirst.Evaluation.Regression;
using JobFirst.Evaluation.Regression.Glm;
using JobFirst.Evaluation.Simulation;
using JobFirst.Evaluation.Studies;
using JobFirst.Evaluation.Tests.Regression;

namespace JobFirst.Evaluation.Tests.Scripting;

/// <summary>Small fits and one simulated study shared by the scripting and notebook-formatter tests.</summary>
internal static class ScriptingData
{
    public const string RumFormula = "reached ~ gender + age + education_level + benefit_group + self_belief";

    private static readonly Lazy<(Study Study, string Directory, IReadOnlyList<string> Ids)> Simulated = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), "jfe-scripting-" + Environment.ProcessId);
        var result = StudySimulator.Run(SimulationOptions.For(SimulationScenario.JobFirst) with { Persons = 400 }, dir);
        var ids = result.Study.Persons.Select(p => p.PersonId).ToList();
        var study = Study.Load(StudyFiles.InDirectory(dir));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException) { }
        };
        return (study, dir, ids);
    });

    public static DataFrame Rum() => RegressionGolden.Data("rum.csv");

    public static LogisticRegressionResult Logit() => Rum().FitLogistic(RumFormula);

    public static DifferenceInMeansResult Dim() =>
        DifferenceInMeans.Estimate([1.0, 2, 3, 4, 5, 6], [true, true, true, false, false, false]);

    /// <summary>A simulated 400-person JobFirst study (midterm extract), loaded from files once per test run.</summary>
    public static Study Study => Simulated.Value.Study;

    /// <summary>The folder the simulated study was written to.</summary>
    public static string Folder => Simulated.Value.Directory;

    /// <summary>Every person id the simulator wrote (roster and register-only persons).</summary>
    public static IReadOnlyList<string> PersonIds => Simulated.Value.Ids;
}
