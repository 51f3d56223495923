using Dossier.Diagnostics;
using Dossier.Loading;
using Dossier.Rendering;
using Dossier.Rendering.Templates;
using Dossier.Resolution;
using Dossier.Synth.Generation;
using Dossier.Synth.Writing;
using Dossier.Tests.Diagnostics;
using Dossier.Building;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

/// <summary>
/// Templates are compiled for speed, with Scriban's interpreter as the reference: every file of a site drawn by the
/// compiled templates is the file the interpreter draws, byte for byte.
/// </summary>
public sealed class CompiledTemplateTests
{
    private sealed class MemoryOutput : ISiteOutput
    {
        public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public void Add(OutputFile file)
        {
            lock (Files) Files[file.Path] = file.Bytes.ToArray();
        }

        public void Add(string path, Action<Stream> write)
        {
            using var stream = new MemoryStream();
            write(stream);
            lock (Files) Files[path] = stream.ToArray();
        }

        public void Keep(IReadOnlyCollection<string> paths) => throw new InvalidOperationException("A whole build keeps nothing.");
    }

    private static void ShouldDrawTheSameSite(SitePaths paths)
    {
        var bag = new DiagnosticBag();
        var dossier = Resolver.Resolve(SiteBuilder.Load(paths, bag));
        bag.HasErrors.ShouldBeFalse();
        var compiled = new MemoryOutput();
        var interpreted = new MemoryOutput();

        SiteRenderer.Render(dossier, ScribanTemplates.Load(paths, bag), bag, compiled, epubBytes: 85_000);
        SiteRenderer.Render(dossier, ScribanTemplates.Load(paths, bag, compile: false), bag, interpreted, epubBytes: 85_000);

        bag.Sorted().Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        compiled.Files.Keys.ShouldBe(interpreted.Files.Keys);
        compiled.Files.Count.ShouldBeGreaterThan(10);
        foreach (var (path, bytes) in interpreted.Files)
            compiled.Files[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs");
    }

    [Fact]
    public void Every_template_in_the_repository_is_compiled()
    {
        var bag = new DiagnosticBag();

        ScribanTemplates.Load(SitePaths.Under(Repo.Root), bag).Interpreted.ShouldBeEmpty();
        bag.Sorted().ShouldBeEmpty();
    }

    [Fact]
    public void The_test_dossier_is_drawn_the_same_compiled_and_interpreted() =>
        ShouldDrawTheSameSite(SitePaths.Under(Repo.Fixture("mini")) with { Templates = Repo.Templates });

    [Fact]
    public void This_dossier_is_drawn_the_same_compiled_and_interpreted() =>
        ShouldDrawTheSameSite(SitePaths.Under(Repo.Root));

    [Fact]
    public void A_generated_dossier_is_drawn_the_same_compiled_and_interpreted()
    {
        var root = Path.Combine(Path.GetTempPath(), "dossier-compiled-" + Guid.NewGuid().ToString("N"));
        try
        {
            DossierWriter.Write(DossierGenerator.Generate(120, 11), root);
            ShouldDrawTheSameSite(SitePaths.Under(root) with { Templates = Repo.Templates });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_injection_battery_is_drawn_the_same_compiled_and_interpreted()
    {
        using var dossier = TestDossier.Create(MarkupInjectionTests.Dossier);
        ShouldDrawTheSameSite(dossier.Paths);
    }

    [Fact]
    public void A_template_beyond_what_the_compiler_takes_is_interpreted()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var paths = dossier.WithOwnTemplates();
        File.WriteAllText(Path.Combine(paths.Templates, "quote.sbn-html"), "{{ capture words }}{{ text }}{{ end }}<p>{{ words | string.size }} {{ words }}</p>\n");
        var bag = new DiagnosticBag();

        ScribanTemplates.Load(paths, bag).Interpreted.ShouldBe(["quote"]);
        SiteBuilder.Build(paths, new BuildOptions()).Succeeded.ShouldBeTrue();
        dossier.ReadOutput("quotes/lima-safe.html").ShouldContain("<p>17 We will stay safe</p>");
    }

    [Theory]
    [InlineData("<p>{{ link.text }}</p>\n<p>{{ detail.size }}</p>")]
    [InlineData("{{ for c in link.text }}{{ c }}{{ end }}")]
    [InlineData("<p>{{ link.txet }}</p>")]
    [InlineData("{{ include \"nowhere\" }}")]
    [InlineData("{{ if link?.text == \"a\" && !detail }}yes{{ else }}no{{ end }} {{ link.text | string.upcase }}")]
    [InlineData("{{ link.text == \"a\" }} {{ link.text != \"a\" }} {{ link.text == link.href }} {{ link.text == detail }} {{ detail != link.text }}")]
    [InlineData("{{ link.text.size == 1 }} {{ link.text.size != 1 }} {{ 2 < 3 }} {{ 2 < 2 }} {{ 3 <= 3 }} {{ 3 <= 2 }} {{ 2 > 3 }} {{ 3 > 2 }} {{ 3 >= 3 }} {{ 2 >= 3 }} {{ link.text.size + 1 }} {{ 7 / 2 }}")]
    [InlineData("{{ link.text == 1 }} {{ 1 == 1.0 }} {{ link.text < \"b\" }}")]
    public void A_page_is_drawn_or_refused_exactly_as_the_interpreter_would(string template)
    {
        var entry = new Rendering.Views.ListEntry(new Rendering.Views.Link("a", "b"), null);

        TemplateRunner.Render(template, entry).ShouldBe(TemplateRunner.Render(template, entry, compile: false));
    }
}
