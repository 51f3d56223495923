namespace Dossier.Rendering.Views;

/// <summary>An index page for one kind: groups of entries, each a link with a short line of detail.</summary>
public sealed record ListView(string Title, string? Intro, IReadOnlyList<ListGroup> Groups, TimelineChart? Chart = null);

public sealed record ListGroup(string? Heading, IReadOnlyList<ListEntry> Entries);

public sealed record ListEntry(Link Link, string? Detail);
