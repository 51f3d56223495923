using Dossier.Model;

namespace Dossier.Drafting;

/// <summary>A seed text to draft from: its file name in seeds/ and its text ('\n' line ends).</summary>
public sealed record SeedFile(string Name, string Text);

/// <summary>
/// Proposes articles, quotations with their speakers, and unknown actors and outlets for seed texts, against what the
/// dossier already holds (known actors and outlets by name and alias, known quotes' wordings for joins, taken ids).
/// A pure function: reads nothing and writes nothing.
/// </summary>
public static class Drafter
{
    public static Draft Draft(Content known, IReadOnlyList<SeedFile> seeds)
    {
        var outlets = new OutletDirectory(known);
        var actors = new ActorDirectory(known);
        var statements = new KnownStatements(known);
        var articleIds = new HashSet<string>(known.All<Article>().Select(a => a.Id), StringComparer.Ordinal);

        var articles = new List<ArticleProposal>();
        var found = new List<(ArticleProposal Article, FoundQuote Quote, string Source)>();
        var named = new List<(NamedActor Actor, string Source)>();
        foreach (var seed in seeds)
        {
            var lines = SeedLine.Of(seed.Text);
            var singleMarksAreQuotations = !seed.Text.Contains('“') && !seed.Text.Contains('"');
            foreach (var piece in Pieces.Of(lines))
            {
                var reading = PieceReader.Read(lines, piece);
                var outlet = reading.Outlet is null ? null : outlets.Resolve(reading.Outlet);
                var article = Article(reading, seed.Name, outlet, articleIds);
                articles.Add(article);
                foreach (var quote in SpeakerFinder.Find(reading.Paragraphs, article.Published, singleMarksAreQuotations)) found.Add((article, quote, seed.Name));
                named.AddRange(reading.Paragraphs.SelectMany(NamedActors.In).Select(n => (n, seed.Name)));
            }
        }

        ProposeActors(actors, found, named);
        var quotes = found.Select(f => Quote(f.Article, f.Quote, actors, statements)).ToList();
        return new Draft(articles, quotes, actors.Proposed, outlets.Proposed);
    }

    private static ArticleProposal Article(PieceReading reading, string source, string? outlet, ISet<string> taken)
    {
        var published = reading.Date?.Date;
        var about = reading.Title ?? (reading.Paragraphs.Count > 0 ? reading.Paragraphs[0].Text : null) ?? source;
        var id = string.Join('-', new[] { outlet, published?.Iso, Ids.Kebab(about, maxWords: 5) }.Where(p => p is not null));
        var evidence = new[] { reading.DateEvidence, reading.Outlet?.Evidence }.OfType<Evidence>().ToList();
        return new ArticleProposal(Ids.Unique(id, taken), source, reading.Title, published, reading.Byline, outlet,
            reading.ExcerptStart, reading.ExcerptEnd, reading.Headings, reading.Drop, evidence);
    }

    /// <summary>
    /// Proposes the speakers and the other people and organisations named that the dossier does not know, the fullest
    /// form of a name first, so that "Rouhani" later finds "Hassan Rouhani" rather than becoming an actor of its own.
    /// A speaker is proposed only from a confident attribution or a full name; another name only when it is not a
    /// variant spelling of one already there (same last word). Speakers come first in the list.
    /// </summary>
    private static void ProposeActors(ActorDirectory actors, List<(ArticleProposal Article, FoundQuote Quote, string Source)> found, List<(NamedActor Actor, string Source)> named)
    {
        var speakers = found.Where(f => f.Quote.Speaker is not null && f.Quote.SpeakerIsName && (f.Quote.Confidence >= 0.5 || f.Quote.Speaker.Contains(' ')))
            .Select(f => (Actor: new NamedActor(f.Quote.Speaker!, f.Quote.SpeakerKind, new Evidence(f.Quote.Cue, f.Quote.Rule, f.Quote.Confidence, f.Quote.Line, f.Quote.Column)), f.Source, Speaker: true));
        var candidates = speakers.Concat(named.Select(n => (n.Actor, n.Source, Speaker: false))).ToList();
        var byFullness = candidates.Select((c, order) => (c, order))
            .OrderByDescending(x => x.c.Actor.Name.Split(' ').Length).ThenByDescending(x => x.c.Speaker).ThenBy(x => x.order).Select(x => x.c);
        foreach (var candidate in byFullness)
        {
            if (actors.Match(candidate.Actor.Name) is not null || (!candidate.Speaker && actors.IsVariant(candidate.Actor.Name))) continue;
            actors.Propose(candidate.Actor.Name, candidate.Actor.Kind, candidate.Actor.Evidence, candidate.Source);
        }
        var speaking = candidates.Where(c => c.Speaker).Select(c => actors.Match(c.Actor.Name)).OfType<string>().ToHashSet();
        var ordered = actors.Proposed.OrderByDescending(p => speaking.Contains(p.Id)).ToList();
        actors.Proposed.Clear();
        actors.Proposed.AddRange(ordered);
    }

    private static QuoteProposal Quote(ArticleProposal article, FoundQuote quote, ActorDirectory actors, KnownStatements statements)
    {
        var speaker = quote.Speaker is null ? new SpeakerMatch(null, null)
            : new SpeakerMatch(quote.SpeakerIsName ? actors.FullName(quote.Speaker) ?? quote.Speaker : quote.Speaker, actors.Match(quote.Speaker));
        var evidence = new Evidence(quote.Cue, quote.Rule, quote.Confidence, quote.Line, quote.Column);
        return new QuoteProposal(article.Id, quote.Text, speaker, evidence, statements.Join(quote.Text)) { Said = quote.Said };
    }
}
