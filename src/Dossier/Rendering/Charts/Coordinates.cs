namespace Dossier.Rendering.Charts;

/// <summary>Coordinates to one decimal: finer than any screen shows, and short in the page.</summary>
internal static class Coordinates
{
    public static double Round(double value) => Math.Round(value, 1);

    /// <summary>A label cut to fit, with an ellipsis; the full text stays in the link's title.</summary>
    public static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
