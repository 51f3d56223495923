namespace Dossier.Rendering.Views;

public sealed record NetworkView(string PictureHtml, int Events, int Actors, int Ties);
