using System.CommandLine;
using System.Diagnostics;
using Dossier.Synth.Generation;
using Dossier.Synth.Model;
using Dossier.Synth.Writing;

// Writes a synthetic dossier (content/ and seeds/) for benchmarks and tests. Build it with the repository's
// templates: dossier build --content <out>/content --seeds <out>/seeds --templates templates --out <site>.
var articles = new Option<int>("--articles") { Description = "Number of articles (other kinds scale with it)", DefaultValueFactory = _ => 1000 };
var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and size give the same dossier", DefaultValueFactory = _ => 42 };
var output = new Option<string>("--out") { Description = "Folder to write content/ and seeds/ into", Required = true };
var force = new Option<bool>("--force") { Description = "Replace content/ and seeds/ if the folder already has them" };
var root = new RootCommand("Dossier.Synth: generate a synthetic dossier in realistic proportions") { articles, seed, output, force };
string[] parts = ["content", "seeds"];
root.SetAction(parse =>
{
    var count = parse.GetValue(articles);
    var folder = Path.GetFullPath(parse.GetValue(output)!);
    if (count < SynthSize.MinArticles)
    {
        Console.Error.WriteLine($"--articles must be at least {SynthSize.MinArticles}.");
        return 2;
    }
    foreach (var part in parts)
    {
        var path = Path.Combine(folder, part);
        if (!Directory.Exists(path) || !Directory.EnumerateFileSystemEntries(path).Any()) continue;
        if (!parse.GetValue(force))
        {
            Console.Error.WriteLine($"{path} already exists and is not empty; pass --force to replace it.");
            return 2;
        }
        Directory.Delete(path, recursive: true);
    }

    var clock = Stopwatch.StartNew();
    var dossier = DossierGenerator.Generate(count, parse.GetValue(seed));
    DossierWriter.Write(dossier, folder);
    var size = dossier.Size;
    Console.WriteLine($"Wrote {size.Articles} articles, {size.Outlets} outlets, {size.Actors} actors, {size.Events} events, " +
        $"{size.Quotes} quotes, {size.Claims} claims ({dossier.Seeds.Count} seed files) into {folder} in {clock.ElapsedMilliseconds} ms.");
    return 0;
});
return root.Parse(args).Invoke();
