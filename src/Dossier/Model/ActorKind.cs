namespace Dossier.Model;

public enum ActorKind
{
    Person,
    Organization,
    State,
    Group,
}
