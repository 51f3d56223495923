namespace Dossier.Rendering.Views;

/// <summary>
/// The network page: who was involved in what. Each actor's events on one row along a shared time line ("what else
/// was this actor involved in?"), then each event with everyone involved and their part ("who was involved, and in
/// what role?"). Ties are of four kinds, which the reader can hide or show.
/// </summary>
/// <param name="Events">How many events have ties.</param>
/// <param name="Actors">How many actors have ties.</param>
/// <param name="Ties">How many ties there are (one per actor and event: the strongest).</param>
/// <param name="Kinds">The kinds of tie, each with how many ties are of that kind.</param>
/// <param name="Periods">The periods of the shared time line, left to right ("March 2003", "December 2019 – January 2020").</param>
/// <param name="Rows">The actors with the most ties, most first, each with its events on the time line (as many as keep the page light).</param>
/// <param name="AllActors">The actors index, where some actors with ties have no row (large dossiers): "All 1,250 actors".</param>
/// <param name="ByEvent">Events in date order, each with everyone involved.</param>
/// <param name="AllEvents">The events index, where only the latest events are listed (large dossiers): "All 2,400 events".</param>
public sealed record NetworkView(
    int Events,
    int Actors,
    int Ties,
    IReadOnlyList<TieKind> Kinds,
    IReadOnlyList<string> Periods,
    IReadOnlyList<ActorRow> Rows,
    Link? AllActors,
    IReadOnlyList<EventTies> ByEvent,
    Link? AllEvents);

/// <summary>A kind of tie between an actor and an event.</summary>
/// <param name="Id">Its class name: "tookpart", "spoke", "claimed" or "named".</param>
/// <param name="Label">As readers see it ("took part").</param>
/// <param name="Count">How many ties are of this kind.</param>
public sealed record TieKind(string Id, string Label, int Count);

/// <summary>One actor's events along the shared time line.</summary>
/// <param name="Actor">The actor's page.</param>
/// <param name="Detail">How many events ("5 events").</param>
/// <param name="Width">The time line's width in the picture's units.</param>
/// <param name="Height">The row's height (rows grow where the actor's events fall close together).</param>
/// <param name="Bands">The periods as bands behind the marks, so breaks in time show.</param>
/// <param name="Marks">A mark per event, where its date falls.</param>
public sealed record ActorRow(Link Actor, string Detail, double Width, double Height, IReadOnlyList<PeriodBand> Bands, IReadOnlyList<TieMark> Marks);

/// <summary>A period on the shared time line.</summary>
/// <param name="X">Where it starts.</param>
/// <param name="Width">How wide it is.</param>
/// <param name="Label">The period, for the tooltip.</param>
/// <param name="Shaded">Every other band is shaded.</param>
public sealed record PeriodBand(double X, double Width, string Label, bool Shaded);

/// <summary>An event on an actor's row.</summary>
/// <param name="Event">The event's page.</param>
/// <param name="Tie">The kind of tie: "tookpart", "spoke", "claimed" or "named".</param>
/// <param name="Title">The date, the event and the actor's part in it, for the tooltip.</param>
/// <param name="X">Where it stands.</param>
/// <param name="Y">Its height in the row.</param>
/// <param name="Size">The mark's half size.</param>
public sealed record TieMark(Link Event, string Tie, string Title, double X, double Y, double Size);

/// <summary>An event and everyone involved in it.</summary>
/// <param name="Event">The event's page.</param>
/// <param name="Date">When, as readers see it.</param>
/// <param name="Ties">Who was involved, strongest tie first.</param>
/// <param name="More">How many more were involved than are listed (events with very many ties): the event's page has them.</param>
public sealed record EventTies(Link Event, string Date, IReadOnlyList<ActorTie> Ties, int More);

/// <summary>An actor's part in an event.</summary>
/// <param name="Actor">The actor's page.</param>
/// <param name="Tie">The kind of tie: "tookpart", "spoke", "claimed" or "named".</param>
/// <param name="Part">What the actor did, as readers see it ("took part: ordered the strike", "spoke", "made a claim", "named in a quote").</param>
public sealed record ActorTie(Link Actor, string Tie, string Part);
