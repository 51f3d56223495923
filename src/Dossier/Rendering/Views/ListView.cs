namespace Dossier.Rendering.Views;

/// <summary>An index page for one kind: groups of entries, each a link with a short line of detail. A long index goes on over several pages.</summary>
/// <param name="Title">The page's title ("Actors").</param>
/// <param name="Intro">A sentence on what the page lists.</param>
/// <param name="Groups">This page's entries, in groups (actors by kind, quotes by speaker) or in one group without a heading.</param>
/// <param name="Chart">On the first page of the events index only: the events on a true time axis, for partials/charts/time-axis.</param>
/// <param name="Pager">Where the index goes on over several pages: the page list, for partials/pager; empty otherwise.</param>
public sealed record ListView(string Title, string? Intro, IReadOnlyList<ListGroup> Groups, TimeAxisChart? Chart = null, Pager? Pager = null);

/// <summary>A group of entries on an index page.</summary>
/// <param name="Heading">The group's heading ("People").</param>
/// <param name="Entries">The entries, in order.</param>
/// <param name="Continued">Whether the group began on an earlier page, so that its heading says it goes on.</param>
public sealed record ListGroup(string? Heading, IReadOnlyList<ListEntry> Entries, bool Continued = false);

/// <summary>One entry on an index page.</summary>
/// <param name="Link">The entity's page.</param>
/// <param name="Detail">A short line about it ("3 quotes", a date).</param>
/// <param name="Answers">On the contested claims index: each answer with who gave it and where, for a "who says what" table.</param>
public sealed record ListEntry(Link Link, string? Detail, IReadOnlyList<AnswerSummary>? Answers = null);
