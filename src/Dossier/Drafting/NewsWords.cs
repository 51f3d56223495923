namespace Dossier.Drafting;

/// <summary>
/// The small vocabularies the drafting rules read news prose with: how attribution is worded in English-language
/// news, whatever the story. Nothing here names anyone.
/// </summary>
internal static class NewsWords
{
    /// <summary>Verbs that introduce or follow a quotation; two-word ones are matched as phrases.</summary>
    public static readonly string[] SpeechVerbs =
    [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "tweets", "posted",
        "stressed", "stresses", "warned", "warns", "noted", "notes", "stated", "states", "declared", "declares", "claimed", "claims",
        "insisted", "explained", "argued", "asserted", "announced", "emphasized", "emphasised", "underlined", "highlighted",
        "pointed out", "concluded", "continued", "replied", "responded", "urged", "vowed", "threatened", "asked", "called",
        "described", "remarked", "acknowledged", "admitted", "confirmed", "denied", "reiterated", "recalled", "predicted",
        "promised", "commented", "went on to say", "reported", "quoted", "cited", "according to",
        // Participles attach the quotation to the clause's subject: "..., saying: “...”".
        "saying", "adding", "writing", "tweeting", "stating", "declaring", "warning", "stressing", "noting", "telling",
        "claiming", "insisting", "arguing", "calling", "urging", "asking", "describing", "reiterating", "underlining",
    ];

    /// <summary>Verbs by which an outlet passes a statement on: the speaker is named elsewhere if at all.</summary>
    public static readonly HashSet<string> CarryingVerbs = new(["reported", "quoted", "cited"], StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Pronouns = new(
        ["he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "its", "who"], StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> PersonPronouns = new(["he", "she", "him", "her", "i"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that stand for a speaker already named: "the minister said", "the statement added".</summary>
    public static readonly HashSet<string> RoleNouns = new(
    [
        "minister", "official", "officials", "president", "premier", "spokesman", "spokeswoman", "spokesperson", "leader",
        "ambassador", "envoy", "diplomat", "commander", "general", "chief", "secretary", "senator", "lawmaker", "legislator",
        "mp", "source", "sources", "analyst", "expert", "director", "chairman", "head", "deputy", "governor", "mayor",
        "officer", "adviser", "advisor", "cleric", "king", "prince", "general", "statement", "office", "ministry",
        "department", "report", "letter", "agency", "group", "movement", "organization", "organisation", "government",
        "embassy", "military", "army", "company", "firm", "committee", "council", "court", "judge", "prosecutor",
        "police", "witness", "resident", "activist", "journalist", "reporter", "correspondent", "editor", "author",
        "professor", "researcher", "member", "militia", "party", "campaign", "foundation", "institute", "observatory",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Documents that "say" things for whoever issued them: "the statement said" means its issuer.</summary>
    public static readonly HashSet<string> DocumentNouns = new(
        ["statement", "report", "letter", "communique", "release", "message", "post", "tweet", "decree", "notice"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that a title or office is made of; a name follows them: "Foreign Minister Mohammad Zarif".</summary>
    public static readonly HashSet<string> TitleWords = new(
    [
        "president", "vice", "prime", "minister", "foreign", "defense", "defence", "interior", "finance", "state", "secretary",
        "general", "gen.", "gen", "brig.", "brigadier", "maj.", "major", "lt.", "lieutenant", "col.", "colonel", "capt.", "captain",
        "sgt.", "sergeant", "admiral", "adm.", "marshal", "commander", "chief", "supreme", "leader", "ayatollah", "grand",
        "sheikh", "shaikh", "imam", "cleric", "king", "queen", "prince", "princess", "emir", "sultan", "senator", "sen.",
        "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "ambassador", "envoy",
        "spokesman", "spokeswoman", "spokesperson", "deputy", "director", "chairman", "chairwoman", "chair", "speaker",
        "judge", "justice", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "prof.", "professor", "pm", "editor",
        "editor-in-chief", "marine", "caretaker", "acting", "former", "top", "senior", "veteran", "staff", "head", "pope",
        "cardinal", "bishop", "rabbi", "mullah", "hojatoleslam", "mufti", "attorney", "chancellor", "premier", "officer",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The last word of an organisation's name: "the Popular Mobilization Units", "the State Department".</summary>
    public static readonly HashSet<string> OrganizationNouns = new(
    [
        "ministry", "department", "office", "council", "agency", "corps", "force", "forces", "army", "navy", "committee",
        "observatory", "center", "centre", "institute", "party", "movement", "front", "units", "unit", "organization",
        "organisation", "group", "brigade", "brigades", "militia", "coalition", "alliance", "union", "association",
        "foundation", "commission", "parliament", "assembly", "senate", "congress", "court", "bank", "company",
        "corporation", "network", "news", "times", "post", "press", "television", "tv", "radio", "channel", "guard",
        "guards", "command", "administration", "government", "authority", "league", "federation", "service", "services",
        "university", "embassy", "mission", "cabinet", "bureau", "police", "hezbollah", "hizbollah", "taliban",
    ], StringComparer.OrdinalIgnoreCase);

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Lower-case words that belong inside names: "Abu Mahdi al-Muhandis", "Ludwig van Beethoven".</summary>
    public static readonly HashSet<string> NameParticles = new(
        ["al", "al-", "el", "bin", "ibn", "bint", "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "y", "ul"],
        StringComparer.Ordinal);

    /// <summary>Words that start an introductory phrase before a sentence's subject: "On Monday, ...", "Following the attack, ...".</summary>
    public static readonly HashSet<string> LeadingPhraseWords = new(
    [
        "in", "on", "at", "after", "before", "following", "during", "amid", "since", "while", "when", "as", "despite",
        "meanwhile", "later", "earlier", "also", "but", "and", "so", "however", "then", "now", "pointing", "speaking",
        "asked", "late", "early", "according", "last", "this", "under", "with", "without", "for", "by", "from", "instead",
        "still", "yet", "indeed", "separately", "strangely", "similarly", "moreover", "furthermore", "previously", "referring",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a speaker and the verb: "Esper has repeatedly said".</summary>
    public static readonly HashSet<string> BetweenSpeakerAndVerb = new(
    [
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "further", "then", "later", "earlier",
        "previously", "repeatedly", "reportedly", "once", "again", "strongly", "openly", "publicly", "recently", "bluntly",
        "himself", "herself", "themselves", "itself", "today", "yesterday", "tonight", "on", "last", "this", "week",
        "month", "year", "morning", "evening", "night", "afternoon", "just", "always", "never", "not", "both", "all",
        "first", "finally", "however", "immediately", "quickly", "separately", "subsequently", "directly", "explicitly",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a quotation that make it a name or a title rather than something said: the "so-called" “ceasefire”.</summary>
    public static readonly string[] NamingCues =
    [
        "titled", "entitled", "named", "dubbed", "so-called", "known as", "the phrase", "the term", "the word", "the slogan",
        "the hashtag", "operation", "campaign", "codenamed", "code-named", "the book", "the film", "the song", "the title",
        "honorific title", "nicknamed", "a policy called", "labelled", "labeled",
    ];

    public static bool IsWeekday(string word) => Weekdays.Any(d => d.Equals(word, StringComparison.OrdinalIgnoreCase));

    public static bool IsMonth(string word) => Months.Any(m => m.Equals(word, StringComparison.OrdinalIgnoreCase));
}
