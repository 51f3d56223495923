using System.CommandLine;

namespace Dossier.Cli.Commands;

/// <summary>--base-url: the absolute address the site is published at, overriding dossier.yml's base_url.</summary>
public static class BaseUrlOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--base-url")
        {
            Description = "Absolute http(s) address the site is published at (overrides base_url in dossier.yml), e.g. https://owner.github.io/repo/",
        };
        // Checked here so a typo is a usage error (exit 2) before anything is built.
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is null) return;
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                result.AddError($"--base-url must be an absolute http:// or https:// address, not '{value}'.");
        });
        return option;
    }
}
