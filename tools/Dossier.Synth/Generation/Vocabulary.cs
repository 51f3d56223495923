namespace Dossier.Synth.Generation;

/// <summary>
/// Word lists for the synthetic prose. The reporting prose is third person only: it never uses "we",
/// while every quotation does, so a quotation can never turn up by chance in text that does not print it.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Syllables =
    [
        "ka", "ra", "vel", "as", "ko", "mir", "dan", "ze", "lo", "ta", "bar", "in", "sul", "na", "ther", "os",
        "qua", "ri", "mel", "fa", "hor", "ne", "vi", "gan", "dor", "el", "tal", "shi", "um", "bek", "ro", "za",
        "lin", "ma", "sa", "tor", "ve", "li", "da", "nor", "ha", "jem", "ul", "pe", "sto", "var", "yu", "kel",
    ];

    public static readonly string[] Adjectives =
    [
        "new", "senior", "regional", "fragile", "armed", "provincial", "joint", "early", "late", "heavy", "brief",
        "formal", "public", "private", "local", "foreign", "northern", "southern", "western", "eastern", "central",
        "military", "political", "economic", "diplomatic", "tense", "rapid", "limited", "broad", "official",
        "unnamed", "rival", "former", "interim", "special", "emergency", "secret", "open", "bitter", "calm",
    ];

    public static readonly string[] Nouns =
    [
        "talks", "ceasefire", "delegation", "convoy", "border", "parliament", "ministry", "council", "airport",
        "base", "agreement", "offensive", "protest", "statement", "resolution", "militia", "embassy", "pipeline",
        "election", "budget", "sanction", "summit", "committee", "investigation", "report", "strike", "treaty",
        "envoy", "garrison", "harbour", "checkpoint", "coalition", "referendum", "blockade", "inquiry", "tribunal",
        "commander", "governor", "spokesman", "negotiator", "officer", "analyst", "observer", "court", "market",
    ];

    public static readonly string[] PluralNouns =
    [
        "troops", "missiles", "protesters", "officials", "civilians", "drones", "fighters", "diplomats", "refugees",
        "soldiers", "rockets", "vehicles", "journalists", "contractors", "advisers", "militiamen", "casualties",
        "prisoners", "families", "ministers", "lawmakers", "witnesses", "tankers", "convoys", "envoys",
    ];

    public static readonly string[] PastVerbs =
    [
        "rejected", "announced", "criticised", "welcomed", "postponed", "confirmed", "denied", "questioned",
        "approved", "suspended", "reviewed", "condemned", "described", "praised", "ordered", "signed", "blocked",
        "discussed", "reported", "opened", "closed", "visited", "warned about", "called for", "pointed to",
        "defended", "dismissed", "investigated", "doubled", "reduced", "mentioned", "backed", "challenged",
    ];

    public static readonly string[] PresentVerbs =
    [
        "rejects", "announces", "criticises", "welcomes", "postpones", "confirms", "denies", "questions",
        "approves", "suspends", "condemns", "praises", "orders", "signs", "blocks", "defends", "dismisses", "backs",
    ];

    public static readonly string[] Adverbs =
    [
        "quickly", "quietly", "publicly", "again", "sharply", "formally", "briefly", "openly", "later", "firmly",
        "repeatedly", "cautiously", "abruptly", "eventually", "largely", "partly", "directly", "reluctantly",
    ];

    public static readonly string[] Prepositions = ["in", "near", "outside", "around", "across", "beyond", "inside", "north of", "south of"];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Sources =
    [
        "local officials", "a senior diplomat", "state television", "a statement", "witnesses", "security sources",
        "the agency", "two officials", "a government spokesman", "people familiar with the matter", "the ministry",
    ];

    public static readonly string[] Conjunctions = ["while", "although", "after", "before", "as", "since", "but"];

    // Quotations: first person, with the contractions that editors see printed with curly apostrophes.
    public static readonly string[] Openers =
    [
        "", "", "", "Let me be clear:", "Make no mistake,", "Today", "As I have said before,", "Frankly,", "Tonight",
        "For the people of this country,", "In the end,", "Once again", "I can tell you that", "This is why",
    ];

    public static readonly string[] Modals =
    [
        "will", "won't", "must", "can't", "shall", "are going to", "will never", "have to", "don't intend to",
        "didn't", "would not", "aren't ready to", "intend to", "refuse to",
    ];

    public static readonly string[] QuoteVerbs =
    [
        "accept", "defend", "abandon", "answer", "forget", "protect", "tolerate", "support", "negotiate over",
        "ignore", "forgive", "remember", "rebuild", "question", "respect", "surrender", "confront", "finish",
    ];

    public static readonly string[] Tails =
    [
        "", "", "", "and that's a promise", "whatever it costs", "and everyone knows it", "because it's our duty",
        "until the last day", "no matter who's watching", "and that is final", "as long as it takes",
        "because our people deserve better", "and the world won't forget it",
    ];

    public static readonly string[] Occasions =
    [
        "press briefing", "tweet", "speech", "statement", "televised address", "news conference", "interview",
        "parliamentary session", "rally", "radio interview",
    ];

    public static readonly string[] RoleTitles =
    [
        "Minister of Defence", "Foreign Minister", "Spokesman", "Commander", "Secretary-General", "Deputy Head",
        "Ambassador", "President", "Prime Minister", "Chief of Staff", "Member of Parliament", "Envoy", "Governor",
    ];

    public static readonly string[] ParticipantRoles =
    [
        "host", "attacker", "target", "mediator", "speaker", "negotiator", "organiser", "observer", "signatory",
    ];

    public static readonly string[] OrgNouns = ["Council", "Front", "Ministry", "Assembly", "Alliance", "Agency", "Committee", "Union", "Bureau"];

    public static readonly string[] OutletKinds =
    [
        "news site", "news site", "news site", "news site", "state media", "state media", "news agency", "news agency",
        "broadcaster", "broadcaster", "blog", "blog", "aggregator",
    ];

    public static readonly string[] Headings =
    [
        "Reactions", "Background", "What comes next", "A divided region", "Pressure mounts", "The response",
        "Questions remain", "On the ground", "Diplomatic fallout", "Timeline", "Analysis", "The cost",
    ];
}
