namespace Dossier.Tests.Browser;

/// <summary>Tests that drive Chromium run one class at a time: on a 2-core machine, browsers in parallel time out.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
