using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>How a phrase points at someone: by name, by a pronoun, by a role ("the minister"), or by a description ("a senior official").</summary>
public enum MentionKind
{
    Name,
    Pronoun,
    Role,
    Description,
}

/// <summary>
/// A phrase that names or stands for a speaker. Text is the name (titles left off) for a name, the phrase without its
/// article for a description, the pronoun or role phrase otherwise; Head is its last word ("minister", "statement").
/// Start is where the phrase stands in the text it was read from.
/// </summary>
public sealed record Mention(MentionKind Kind, string Text, string Head, ActorKind ActorKind, int Start)
{
    public bool IsName => Kind == MentionKind.Name;
}
