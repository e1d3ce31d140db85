using JobFirst.Evaluation.Cli.Infrastructure;

namespace JobFirst.Evaluation.Cli.Commands;

/// <summary>Every subcommand, in help order. Add a line here when a command is added.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new DemoCommand(),
        new ReportCommand(),
        new SimulateCommand(),
        new LinkCommand(),
        new IndicatorsCommand(),
        new EffectsCommand(),
        new BalanceCommand(),
        new SitesCommand(),
        new HoursDistributionCommand(),
        new DiffCommand(),
        new OlsCommand(),
        new LogitCommand(),
        new CoverageCommand(),
        new SpellsCommand(),
        new KmCommand(),
        new HazardCommand(),
        new CoxCommand(),
        new StabilityCommand(),
        new ProfileCommand(),
        new FunnelCommand(),
        new AttainmentCommand(),
        new MonitorCommand(),
        new OutcomeCommand(),
        new SurveyCommand(),
        new Linkage2Command(),
        new VersionCommand(),
        new BenchCommand(),
        new BenchGenerateCommand(),
    ];
}
