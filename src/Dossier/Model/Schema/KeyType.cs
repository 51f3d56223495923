namespace Dossier.Model.Schema;

/// <summary>What a key holds; each stage (loader, JSON Schema, starter file, dossier.json) handles every type.</summary>
public enum KeyType
{
    /// <summary>Plain text, shown escaped.</summary>
    Text,

    /// <summary>Text written in Markdown, rendered safely.</summary>
    Markdown,

    /// <summary>A date: YYYY-MM-DD, or YYYY-MM / YYYY where only that is known.</summary>
    Date,

    /// <summary>One of a few words.</summary>
    Choice,

    /// <summary>An absolute http(s) address.</summary>
    Url,

    /// <summary>A point on the map: latitude and longitude in decimal degrees.</summary>
    Coordinates,

    /// <summary>A whole number, no less than the key's minimum.</summary>
    Integer,

    /// <summary>The id of another entity.</summary>
    Reference,

    /// <summary>A list of ids of other entities.</summary>
    References,

    /// <summary>A list of texts.</summary>
    Texts,

    /// <summary>A list of entries, each a small mapping of its own keys.</summary>
    Items,

    /// <summary>One small mapping of its own keys.</summary>
    Item,
}
