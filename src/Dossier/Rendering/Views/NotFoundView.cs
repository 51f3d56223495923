namespace Dossier.Rendering.Views;

public sealed record NotFoundView(string Home);
