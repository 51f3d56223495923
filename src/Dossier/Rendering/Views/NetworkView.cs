namespace Dossier.Rendering.Views;

public sealed record NetworkView(NetworkChart Chart, int Events, int Actors, int Ties);
