namespace Dossier.Rendering.Views;

/// <summary>
/// HTML that Dossier made itself and already made safe (Markdown rendered with raw HTML off, JSON-LD, the page
/// body in the layout): the only kind of value a template writes without escaping it.
/// </summary>
public sealed record SafeHtml(string Value)
{
    public override string ToString() => Value;
}
