namespace Dossier.Model;

/// <summary>What a read of the dossier was about: one entity, a whole kind, a text, or what the resolve stage worked out.</summary>
public enum ReadOf
{
    /// <summary>One entity's own file, all of it.</summary>
    Entity,

    /// <summary>One key of an entity's file, entries and all.</summary>
    Field,

    /// <summary>How links to one entity read: its name, title or question (<see cref="Model.Entity.LinkText"/>).</summary>
    Name,

    /// <summary>Which entities of a kind there are (what each says is read key by key).</summary>
    Kind,

    /// <summary>One article's text, cut from its seed.</summary>
    Text,

    /// <summary>Every article's text.</summary>
    AllTexts,

    /// <summary>Who refers to an entity.</summary>
    Referring,

    /// <summary>What an article's text holds: where its quotations stand and whom it names.</summary>
    InText,

    /// <summary>Where an entity is named, and who is named beside it.</summary>
    Named,

    /// <summary>dossier.yml.</summary>
    Site,
}

/// <summary>
/// One thing read: what, of which entity (by kind and id, so that it names the same thing from one build to the next)
/// and, for a field, under which key.
/// </summary>
public readonly record struct Read(ReadOf What, Type? Kind = null, string? Id = null, Schema.Key? Key = null)
{
    public static Read Of(Entity entity, ReadOf of = ReadOf.Entity) => new(of, entity.GetType(), entity.Id);

    public static Read Field(Entity entity, Schema.Key key) => new(ReadOf.Field, entity.GetType(), entity.Id, key);
}

/// <summary>
/// Records what a page or a validation rule reads of the dossier while `serve` keeps track, so that after a change
/// only what read something changed is made again. The model's ways in (an entity's keys, its link text, a kind's
/// entities, texts, the resolve stage's lists) report here; nothing is recorded outside <see cref="Record{T}"/>, and
/// recording costs a builder that keeps no track one check per read.
/// </summary>
public sealed class ReadLog
{
    // Flows into the tasks a recorded piece of work starts (a rule that searches texts in parallel), so their reads count.
    private static readonly AsyncLocal<ReadLog?> Current = new();

    // Set while an entity's link text is worked out: what it reads of the entity is the name, not the whole entity.
    [ThreadStatic] private static int _naming;

    // How many recordings are under way anywhere: with none (every build but `serve`'s), a read costs one test of
    // this, where finding the current log costs a look into the execution context, for every field of every page.
    private static int _recording;

    private readonly HashSet<Read> _reads = [];
    private readonly List<ReadSet> _taken = [];
    private readonly Memory? _memory;

    private ReadLog(Memory? memory)
    {
        _memory = memory;
    }

    /// <summary>
    /// Runs <paramref name="work"/> and gives everything it read; with a <paramref name="memory"/>, what it works out
    /// through <see cref="Remembered{T}"/> may be taken from the last build.
    /// </summary>
    public static T Record<T>(Func<T> work, out ReadSet reads, Memory? memory = null)
    {
        var log = new ReadLog(memory);
        var outer = Current.Value;
        Current.Value = log;
        Interlocked.Increment(ref _recording);
        try
        {
            var result = work();
            reads = new ReadSet(log._reads, log._taken);
            return result;
        }
        finally
        {
            Interlocked.Decrement(ref _recording);
            Current.Value = outer;
        }
    }

    /// <summary>
    /// Work that a later build may take as it was: where what it read last time is unchanged, its result is given
    /// again, and its reads count as read here too; otherwise it is worked out and remembered. The result must be
    /// plain data, made only from what the work reads (a page's view, not a query over the dossier).
    /// </summary>
    public static T Remembered<T>(string name, Func<T> work) where T : class
    {
        if (_recording == 0 || Current.Value is not { _memory: { } memory } log) return work();
        if (memory.Last.GetValueOrDefault(name) is { Result: T kept } last && memory.Changed is { } changed && !last.Reads.Overlaps(changed))
        {
            lock (log._reads) log._taken.Add(last.Reads);
            memory.Keep(name, last);
            return kept;
        }
        var result = Record(work, out var reads, memory);
        lock (log._reads) log._taken.Add(reads);
        memory.Keep(name, new Memory.Entry(result, reads));
        return result;
    }

    public static void Add(Read read)
    {
        if (_recording == 0 || Current.Value is not { } log) return;
        lock (log._reads) log._reads.Add(read);
    }

    public static void Add(Entity entity, ReadOf of = ReadOf.Entity)
    {
        if (_recording != 0 && Current.Value is not null) Add(Read.Of(entity, of));
    }

    /// <summary>A key of an entity's file read, unless only to name the entity.</summary>
    public static void Field(Entity entity, Schema.Key key)
    {
        if (_recording != 0 && _naming == 0 && Current.Value is not null) Add(Read.Field(entity, key));
    }

    /// <summary>The entity's link text, recorded as a read of its name only.</summary>
    public static string Name(Entity entity, Func<Entity, string> linkText)
    {
        if (_recording == 0) return linkText(entity);
        Add(entity, ReadOf.Name);
        _naming++;
        try
        {
            return linkText(entity);
        }
        finally
        {
            _naming--;
        }
    }

    /// <summary>What the last build remembered (<see cref="Remembered{T}"/>), what has changed since, and what this build remembers.</summary>
    public sealed class Memory(IReadOnlyDictionary<string, Memory.Entry> last, HashSet<Read>? changed)
    {
        // What is still right is kept for the next build whether or not this one asks for it (a page not made again).
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _kept = new(
            changed is null ? [] : last.Where(e => !e.Value.Reads.Overlaps(changed!)), StringComparer.Ordinal);

        public sealed record Entry(object Result, ReadSet Reads);

        public static readonly IReadOnlyDictionary<string, Entry> Nothing = new Dictionary<string, Entry>();

        public IReadOnlyDictionary<string, Entry> Last => last;

        /// <summary>Null where nothing may be taken from the last build.</summary>
        public HashSet<Read>? Changed => changed;

        public IReadOnlyDictionary<string, Entry> Kept => _kept;

        internal void Keep(string name, Entry entry) => _kept[name] = entry;
    }
}

/// <summary>
/// What a piece of work read: its own reads, and those of the remembered work it took over whole, kept as they are
/// rather than copied (the book takes over what its chapters read, every quote's fields at 60,000 quotes).
/// </summary>
public sealed class ReadSet
{
    private readonly HashSet<Read> _own;
    private readonly IReadOnlyList<ReadSet> _taken;

    internal ReadSet(HashSet<Read> own, IReadOnlyList<ReadSet> taken)
    {
        _own = own;
        _taken = taken;
    }

    public static readonly ReadSet Nothing = new([], []);

    /// <summary>Whether anything read is among <paramref name="changed"/>; the smaller of the two is walked.</summary>
    public bool Overlaps(HashSet<Read> changed)
    {
        // Asked of every recipe after every save: plain loops over the sets themselves, nothing allocated.
        var (walked, looked) = _own.Count <= changed.Count ? (_own, changed) : (changed, _own);
        foreach (var read in walked)
        {
            if (looked.Contains(read)) return true;
        }
        for (var i = 0; i < _taken.Count; i++)
        {
            if (_taken[i].Overlaps(changed)) return true;
        }
        return false;
    }
}
