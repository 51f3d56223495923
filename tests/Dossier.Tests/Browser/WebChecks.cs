using Dossier.Tests.Support;

namespace Dossier.Tests.Browser;

/// <summary>The npm packages of tests/web-checks (Nu Html Checker, axe-core), installed by the test project's build with `npm ci`.</summary>
public static class WebChecks
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "web-checks", "node_modules");

    public static string VnuJar => Path.Combine(Folder, "vnu-jar", "build", "dist", "vnu.jar");

    public static string AxeScript => Path.Combine(Folder, "axe-core", "axe.min.js");

    /// <summary>Why the checks cannot run here, or null when they can.</summary>
    public static string? Missing() =>
        !File.Exists(VnuJar) || !File.Exists(AxeScript) ? "The build could not install the Nu Html Checker and axe-core: install npm, or run `npm ci` in tests/web-checks."
        : !File.Exists(ChromiumFactAttribute.Executable) ? $"{ChromiumFactAttribute.Executable} is not installed (apt-get install chromium)."
        : null;
}

/// <summary>A test that needs the web checkers; skipped, with the reason shown, where they are not installed.</summary>
public sealed class WebCheckFactAttribute : FactAttribute
{
    public WebCheckFactAttribute() => Skip = WebChecks.Missing();
}

/// <summary>The same for a theory.</summary>
public sealed class WebCheckTheoryAttribute : TheoryAttribute
{
    public WebCheckTheoryAttribute() => Skip = WebChecks.Missing();
}
