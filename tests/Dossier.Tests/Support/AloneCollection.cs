namespace Dossier.Tests.Support;

/// <summary>
/// Tests that measure the whole process (allocations on every thread) and so must not share it with other tests:
/// xunit runs this collection by itself, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone in the process";
}
