namespace Dossier.Editing;

/// <summary>
/// The starter YAML that `new` writes for each kind: every key the loader accepts, each with a one-line
/// comment. Required values are left empty so that `check` names each one until it is filled in; optional
/// ones may stay empty (empty means "not stated"). Optional list entries are commented out: deleting the
/// '#' leaves them correctly indented.
/// </summary>
public static class StarterFiles
{
    public static readonly IReadOnlyList<string> Kinds = ["outlet", "actor", "event", "article", "quote", "claim"];

    /// <summary>The folder under content/ that holds files of the kind.</summary>
    public static string Folder(string kind) => kind + "s";

    /// <summary>The path of the kind's JSON Schema as the yaml-language-server line writes it, relative to content/&lt;kind&gt;s/.</summary>
    public static string SchemaComment(string kind) => $"# yaml-language-server: $schema=../../schemas/{kind}.schema.json";

    public static string For(string kind, string id)
    {
        var body = kind switch
        {
            "outlet" => Outlet,
            "actor" => Actor,
            "event" => Event,
            "article" => Article,
            "quote" => Quote,
            "claim" => Claim,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of entity."),
        };
        var header = $"""
            {SchemaComment(kind)}
            # The {kind} '{id}' (its id is the file name). Fill in what the source text supports and leave the rest
            # empty: the site shows "not stated". Run `check` to see what is still missing.

            """;
        return header + body.ReplaceLineEndings("\n");
    }

    private const string Outlet = """
        name:                   # required: the outlet's name as it presents itself, e.g. Kurdistan 24
        kind:                   # news site, state media, news agency, blog, aggregator, broadcaster, ...
        country:                # the country it publishes from
        affiliation:            # actor id of whoever owns or runs it, where that is well established
        homepage:               # its https:// address, only where the text gives it
        summary:                # Markdown: what the outlet is, in a sentence or two

        """;

    private const string Actor = """
        name:                   # required: the full name; mentions of it in the texts link to this page
        kind:                   # required: person, organization, state or group
        aliases: []             # other spellings the texts use, exactly as printed, e.g. [Rouhani, President Rouhani]
        roles:                  # positions held, one entry each (delete the '#' of the lines below, copy them for more)
        #  - title:             #   required in each role, e.g. President
        #    of:                #   actor id of the state or organization
        #    from:              #   date the role began: YYYY-MM-DD, or YYYY-MM / YYYY where only that is known
        #    to:                #   date it ended
        affiliations: []        # actor ids of the groups, parties or states this actor belongs to
        born:                   # date of birth, only where the text gives it
        died:                   # date of death, only where the text gives it
        summary:                # Markdown: who this is, as the texts describe them

        """;

    private const string Event = """
        title:                  # required: what happened, in a few words
        date:                   # required: YYYY-MM-DD, or YYYY-MM / YYYY where only that is known
        end:                    # the last day, for an event spanning several days
        time:                   # local time as the text gives it, in quotes, e.g. "01:30"
        place:                  # where it happened
        summary:                # Markdown: what happened, as the texts report it
        participants:           # actors involved, one entry each (delete the '#' of the lines below, copy them for more)
        #  - actor:             #   required in each entry: actor id
        #    role:              #   what they did, e.g. ordered the strike
        follows: []             # event ids this one responded to or came after

        """;

    private const string Article = """
        title:                  # required: as printed; where the text has none, a short title in [square brackets]
        outlet:                 # required: outlet id of who published this text
        published:              # date of publication as the text gives it
        source:                 # required: file name of the text in seeds/, e.g. 005_new-article.txt
        excerpt:                # only for a seed holding several pieces (delete the '#' of the lines below)
        #  start:               #   words from the line where the piece starts, exactly as in the text
        #  end:                 #   words from the line where it ends (leave out to read to the end of the file)
        original:               # only for a repost or syndication (delete the '#' of the lines that apply)
        #  outlet:              #   outlet id of who first published it
        #  article:             #   article id of the original, where it is in the dossier
        #  note:                #   e.g. Republished from Fars News Agency
        byline:                 # the author, only as printed
        url:                    # its https:// address, only as printed
        events: []              # event ids the article reports
        headings: []            # whole lines of the text that are sub-headings
        drop: []                # whole lines to keep out of the reading text (share buttons, "Posted by", "Read More")

        """;

    private const string Quote = """
        speaker:                # required: actor id of who said it
        text:                   # required: the wording, in double quotes if it contains ': ' or a quotation mark
        said:                   # date it was said
        occasion:               # tweet, press briefing, interview with ILNA, ...
        event:                  # event id it was said at or about
        about: []               # actor ids of who it is about
        reported:               # required: one entry per article that carries the quote
          - article:            #   required: article id
        #    text:              #   the wording as printed there, only where it differs from 'text' above

        """;

    private const string Claim = """
        question:               # required: what the sources disagree on, e.g. How many US personnel were hurt?
        event:                  # event id it concerns
        summary:                # Markdown: the disagreement in a sentence or two
        answers:                # required: at least two, one entry per side
          - answer:             #   required: the short answer, e.g. None
            claimant:           #   actor id of who says so
            article:            #   required: article id where it is reported
            text:               #   required: the passage of that article that states it, exactly as printed
          - answer:
            claimant:
            article:
            text:

        """;
}
