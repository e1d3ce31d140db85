namespace JobFirst.Evaluation.Tests.Samples;

/// <summary>
/// Tests that start <c>dotnet build</c>, <c>dotnet run</c> or <c>dotnet pack</c> share this collection so they run one
/// after another: two SDK processes restoring or building the same projects at once can race on obj/ files.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotnetProcesses : ICollectionFixture<SampleApps>
{
    /// <summary>The collection name.</summary>
    public const string Name = "dotnet processes";
}
