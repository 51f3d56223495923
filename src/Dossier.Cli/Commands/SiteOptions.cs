using System.CommandLine;
using Dossier.Loading;

namespace Dossier.Cli.Commands;

/// <summary>The folder options every command shares; each defaults to the folder of that name in the current directory.</summary>
public sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "Folder of YAML content", DefaultValueFactory = _ => "content" };
    public Option<string> Seeds { get; } = new("--seeds") { Description = "Folder of article texts", DefaultValueFactory = _ => "seeds" };
    public Option<string> Templates { get; } = new("--templates") { Description = "Folder of templates and assets", DefaultValueFactory = _ => "templates" };
    public Option<string> Output { get; } = new("--out") { Description = "Folder the site is written to", DefaultValueFactory = _ => "output" };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors" };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Seeds);
        command.Options.Add(Templates);
        command.Options.Add(Output);
        command.Options.Add(Strict);
    }

    public SitePaths Paths(ParseResult result)
    {
        var root = Directory.GetCurrentDirectory();
        string Full(Option<string> option) => Path.GetFullPath(result.GetValue(option)!, root);
        return new SitePaths(root, Full(Content), Full(Seeds), Full(Templates), Full(Output));
    }
}
