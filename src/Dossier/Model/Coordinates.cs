using System.Globalization;

namespace Dossier.Model;

/// <summary>A point on the map, in decimal degrees, as a file writes it: "33.7986, 42.4411".</summary>
public readonly record struct Coordinates(double Latitude, double Longitude)
{
    public static bool TryParse(string text, out Coordinates coordinates)
    {
        coordinates = default;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            || latitude is < -90 or > 90 || longitude is < -180 or > 180)
            return false;
        coordinates = new Coordinates(latitude, longitude);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude}, {Longitude}");
}
