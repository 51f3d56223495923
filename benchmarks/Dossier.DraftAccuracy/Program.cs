using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.DraftAccuracy;
using Dossier.Drafting;
using Dossier.Loading;
using Dossier.Model;

// Re-drafts a dossier from its seeds alone and measures the proposals against its curated content (see docs/drafting.md).
var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var paths = SitePaths.Under(root);
var bag = new DiagnosticBag();
var content = SiteBuilder.Load(paths, bag);
if (bag.HasErrors)
{
    Console.Error.WriteLine($"The dossier at {root} does not load without errors; check it first.");
    return 1;
}
var seeds = Directory.GetFiles(paths.Seeds, "*.txt").Order(StringComparer.Ordinal)
    .Select(f => new SeedFile(Path.GetFileName(f), File.ReadAllText(f).Replace("\r\n", "\n"))).ToList();
var curated = new Curated(content);

var empty = new Content(content.Site, [], new Dictionary<Article, ArticleText>(), new HashSet<(Dossier.Model.Schema.EntityKind, string)>());
var draft = Drafter.Draft(empty, seeds);
if (args.Contains("--dump"))
{
    foreach (var a in draft.Articles) Console.WriteLine($"ARTICLE {a.Id} | {a.Title} | {a.Published} | by {a.Byline} | outlet {a.Outlet} | {a.ExcerptStart} .. {a.ExcerptEnd}\n   headings: {string.Join(" / ", a.Headings)}\n   drop: {string.Join(" / ", a.Drop)}");
    foreach (var q in draft.Quotes) Console.WriteLine($"QUOTE {q.Evidence.Line},{q.Evidence.Column} {q.Evidence.Confidence} {q.Evidence.Rule} [{q.Evidence.Cue}] {q.Speaker.Name} ({q.Speaker.Actor}) said {q.Said}: {q.Text[..Math.Min(60, q.Text.Length)]}");
    foreach (var a in draft.Actors) Console.WriteLine($"ACTOR {a.Id} {a.Name} {a.Kind} {a.Evidence.Rule} {a.Source}({a.Evidence.Line},{a.Evidence.Column})");
    foreach (var o in draft.Outlets) Console.WriteLine($"OUTLET {o.Id} {o.Name} {o.Homepage} {o.Evidence.Rule} ({o.Evidence.Line},{o.Evidence.Column})");
    return 0;
}
var report = Measures.Run(curated, draft, content, seeds);
report.Print(Console.Out);
return 0;
