namespace Dossier.Rendering.Templates;

/// <summary>
/// Truth values and small counts as objects, made once: templates read them for every entry of every list, and a
/// template's values are objects, so each read would otherwise box a new one.
/// </summary>
internal static class Boxes
{
    public static readonly object True = true;
    public static readonly object False = false;

    private static readonly object[] Counts = Enumerable.Range(0, 1024).Select(n => (object)n).ToArray();

    public static object Of(bool value) => value ? True : False;

    public static object Of(int value) => (uint)value < (uint)Counts.Length ? Counts[value] : value;
}
