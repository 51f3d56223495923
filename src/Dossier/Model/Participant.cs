namespace Dossier.Model;

public sealed record Participant(Ref Actor, string? Role);
