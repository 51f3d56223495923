using System.Text;
using System.Text.Json;
using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Model.Schema;
using Dossier.Rendering;
using Dossier.Rendering.Search;
using Dossier.Resolution;
using Dossier.Tests.Support;

namespace Dossier.Tests.Synth;

/// <summary>
/// The search index in shards: none over its bound, every entity in exactly one, names first, and the texts of
/// names pointing back at them, so that search.js can put the index together again whatever order shards load in.
/// </summary>
public sealed class SearchShardTests(SyntheticDossier synth) : IClassFixture<SyntheticDossier>
{
    private static readonly string[] Named = ["actor", "event", "outlet", "place"];

    [Theory]
    [InlineData(SearchIndex.MaxShardBytes)]
    [InlineData(8_000)]
    [InlineData(2_500)]
    public void Every_shard_stays_under_its_bound_and_every_entity_is_in_exactly_one(int bound)
    {
        var dossier = Resolver.Resolve(SiteBuilder.Load(synth.Paths, new DiagnosticBag()));

        var files = SearchIndex.Shards(dossier, bound).OrderBy(f => int.Parse(f.Path[7..^3])).ToArray();

        files.Select(f => f.Path).ShouldBe(Enumerable.Range(0, files.Length).Select(Routes.SearchShard));
        files.ShouldAllBe(f => f.Bytes.Length <= bound);
        if (bound < 10_000) files.Length.ShouldBeGreaterThan(5, "a small bound cuts the index into many shards");
        var shards = files.Select((f, n) => Parse(f, n)).ToArray();
        var head = shards[0];
        head.GetProperty("shards").GetInt32().ShouldBe(files.Length);
        var names = head.GetProperty("names").GetInt32();
        if (bound < 5_000) names.ShouldBeGreaterThan(1, "names too many for one shard take several");
        var kinds = head.GetProperty("kinds").EnumerateArray().Select(k => (Name: k[0].GetString()!, Route: k[3].GetString()!)).ToArray();

        var routes = new List<string>();
        var texts = new List<int>();
        foreach (var (shard, n) in shards.Select((s, n) => (s, n)))
        {
            shard.GetProperty("first").GetInt32().ShouldBe(routes.Count, "entries are numbered across shards in order");
            foreach (var entry in shard.GetProperty("entries").EnumerateArray())
            {
                var kind = kinds[entry[0].GetInt32()];
                (n < names).ShouldBe(Named.Contains(kind.Name), $"{kind.Name} in shard {n}: names, and only names, come first");
                routes.Add(kind.Route.Replace("*", entry[1].GetString()));
            }
            if (shard.TryGetProperty("texts", out var part)) texts.AddRange(part.EnumerateArray().Select(t => t[0].GetInt32()));
        }

        var entities = EntityKinds.All.SelectMany(k => dossier.Content.All(k)).ToArray();
        routes.Order(StringComparer.Ordinal).ShouldBe(entities.Select(e => e.Route).Order(StringComparer.Ordinal));
        var namedEntries = routes.Count(r => Named.Any(k => r.StartsWith(EntityKinds.All.Single(x => x.Name == k).Folder + "/", StringComparison.Ordinal)));
        texts.ShouldBeUnique();
        texts.ShouldAllBe(t => t < namedEntries, "longer texts belong to names");
        texts.Count.ShouldBeGreaterThan(namedEntries / 2, "names' summaries travel in the later shards");
    }

    [Fact]
    public void A_huge_text_is_cut_so_that_its_shard_stays_under_the_bound()
    {
        // 300,000 '<', each escaped to six bytes in JSON: almost 2 MB if it were written whole.
        using var dossier = TestDossier.Create(TestDossier.Minimal + $"""

            --- content/actors/city.yml
            name: City
            kind: organization
            summary: "{new string('<', 300_000)}"
            """);
        var resolved = Resolver.Resolve(SiteBuilder.Load(dossier.Paths, new DiagnosticBag()));

        var files = SearchIndex.Shards(resolved).ToArray();

        files.ShouldAllBe(f => f.Bytes.Length <= SearchIndex.MaxShardBytes);
        files.Select(f => Encoding.UTF8.GetString(f.Bytes.Span)).ShouldContain(text => text.Contains("\\u003C\\u003C"));
    }

    /// <summary>A shard's part, the JSON between "window.DOSSIER_SEARCH_SHARD(n," and ");".</summary>
    private static JsonElement Parse(OutputFile file, int n)
    {
        var text = Encoding.UTF8.GetString(file.Bytes.Span);
        var start = $"window.DOSSIER_SEARCH_SHARD({n},";
        text.ShouldStartWith(start);
        text.ShouldEndWith(");\n");
        return JsonDocument.Parse(text[start.Length..^3]).RootElement;
    }
}
