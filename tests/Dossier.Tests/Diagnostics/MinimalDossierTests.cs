using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

public sealed class MinimalDossierTests
{
    [Fact]
    public void The_minimal_dossier_used_by_the_diagnostic_tests_is_clean()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);

        dossier.Diagnostics(strict: true).ShouldBeEmpty();
    }
}
