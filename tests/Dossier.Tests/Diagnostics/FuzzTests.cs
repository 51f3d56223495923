using CsCheck;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Model.Schema;
using Dossier.Loading.Yaml;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>
/// Generated input for the loader: the real content files with random edits in YAML's special characters,
/// and random text. Whatever arrives, loading gives diagnostics, never an exception.
/// </summary>
public sealed class FuzzTests
{
    private const string Special = ":-[]{}\"'#&*!|>%@`\t\n ,?\\~\u00a0\u2019\u201c\r";

    private static readonly string[] RealFiles = Directory
        .EnumerateFiles(Path.Combine(Repo.Root, "content"), "*.yml", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    [Fact]
    public void Mutated_content_files_never_make_the_loader_throw()
    {
        var edit = Gen.Select(Gen.Int[0, 4000], Gen.Int[0, 2], Gen.Char[Special + "abcz09é"]);
        var mutated = Gen.Select(Gen.Int[0, RealFiles.Length - 1], edit.Array[1, 8])
            .Select(t => Mutate(RealFiles[t.Item1], t.Item2));

        mutated.Sample(LoadEveryKind, iter: 1500, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Random_text_never_makes_the_loader_throw()
    {
        Gen.String[Gen.Char[Special + "abcdefghijklmnopqrstuvwxyz0123456789 "], 0, 400]
            .Sample(LoadEveryKind, iter: 1500, seed: "0N0XIzNsQ0O2");
    }

    private static string Mutate(string text, (int Position, int Kind, char Character)[] edits)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var (position, kind, character) in edits)
        {
            var at = builder.Length == 0 ? 0 : position % builder.Length;
            switch (kind)
            {
                case 0: builder.Insert(at, character); break;
                case 1 when builder.Length > 0: builder.Remove(at, 1); break;
                case 2 when builder.Length > 0: builder[at] = character; break;
            }
        }
        return builder.ToString();
    }

    private static void LoadEveryKind(string text)
    {
        var bag = new DiagnosticBag();
        var mapping = YamlFile.ParseMapping(text, "content/x.yml", bag);
        if (mapping is null)
        {
            bag.HasErrors.ShouldBeTrue();
            return;
        }
        ShapeReader.Read(SiteInfo.Definition, new MappingReader(mapping, "content/dossier.yml", bag, SiteInfo.Definition.KeyNames), bag);
        foreach (var kind in EntityKinds.All)
        {
            var yaml = new MappingReader(mapping, $"content/{kind.Folder}/x.yml", bag, kind.KeyNames);
            kind.Create("x", ShapeReader.Read(kind, yaml, bag), yaml.Span());
        }
    }
}
