using System.Text;
using Dossier.Rendering.Pages;

namespace Dossier.Rendering.Metadata;

public static class Robots
{
    public static OutputFile Build(string? baseUrl)
    {
        var text = "User-agent: *\nAllow: /\n" + (baseUrl is null ? "" : $"Sitemap: {PageContext.Absolute(baseUrl, Routes.Sitemap)}\n");
        return new OutputFile(Routes.Robots, Encoding.UTF8.GetBytes(text));
    }
}
