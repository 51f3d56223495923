namespace Dossier.Model;

/// <summary>An entity that article texts name, by its name or its aliases: its mentions link to its page.</summary>
public interface IMentionable
{
    string Name { get; }

    IReadOnlyList<Located<string>> Aliases { get; }
}
