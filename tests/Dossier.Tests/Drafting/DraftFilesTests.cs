using Dossier.Building;
using Dossier.Diagnostics;
using Dossier.Drafting;
using Dossier.Editing;
using Dossier.Loading;
using Dossier.Model;
using Dossier.Tests.Support;

namespace Dossier.Tests.Drafting;

/// <summary>What `draft` writes for an editor to review: files in content/'s shape, evidence first, TODO where a human decides.</summary>
public sealed class DraftFilesTests
{
    private static Content Load(TestDossier dossier) => SiteBuilder.Load(dossier.Paths, new DiagnosticBag());

    private static TestDossier WithSeed(string files) => TestDossier.Create(files + $"\n--- seeds/{DraftSamples.SeedName}\n{DraftSamples.Seed}");

    /// <summary>Puts drafted files into content/ as `draft --apply` does: new files copied, additions inserted.</summary>
    private static void Accept(TestDossier dossier, IEnumerable<DraftFile> files, Func<string, string> edit)
    {
        foreach (var file in files)
        {
            if (file.IsAddition)
            {
                var target = Path.Combine(dossier.Paths.Content, "quotes", Path.GetFileName(file.Path).Replace(DraftFile.AdditionSuffix, ".yml"));
                File.WriteAllText(target, DraftApply.AddReports(File.ReadAllText(target), edit(file.Text)).Text.ShouldNotBeNull());
            }
            else
            {
                dossier.Write($"--- content/{file.Path}\n{edit(file.Text)}");
            }
        }
    }

    [Fact]
    public void Proposes_one_file_per_article_quote_actor_and_outlet_and_an_addition_for_a_known_quote()
    {
        using var dossier = WithSeed(TestDossier.Minimal);

        var files = DraftFiles.For(DraftSamples.Draft(), Load(dossier));

        files.Select(f => f.Path).ShouldBe([
            "actors/joe-park.yml",
            "actors/port-board.yml",
            "articles/gazette-harbour-reopens.yml",
            "outlets/gazette.yml",
            "quotes/lima-safe.add.yml",
            "quotes/park-ships-moving-again-all.yml",
            "quotes/unattributed-about-time.yml",
        ]);
    }

    [Fact]
    public void Each_file_opens_with_the_schema_line_for_where_it_will_live_then_the_evidence()
    {
        using var dossier = WithSeed(TestDossier.Minimal);

        var quote = DraftFiles.For(DraftSamples.Draft(), Load(dossier)).Single(f => f.Path == "quotes/park-ships-moving-again-all.yml");

        quote.Text.ShouldBe("""
            # yaml-language-server: $schema=../../schemas/quote.schema.json
            # Drafted by `dossier draft` from seeds/gazette.txt: check every value against the text, fill in each TODO,
            # then `dossier draft --apply` moves this file to content/quotes/. Delete it to reject it.
            # Evidence: "said" (rule verb-after-quote, confidence 0.80) at seeds/gazette.txt(4,39)
            # The text names the speaker: Harbour Master Joe Park
            speaker: joe-park
            text: "Ships are moving again: all of them"
            said: TODO  # TODO: the date it was said (YYYY-MM-DD, YYYY-MM or YYYY), or delete the line if the texts do not say
            event: TODO  # TODO: the id of the event it was said at or about (content/events/), or delete the line
            reported:
              - article: gazette-harbour-reopens

            """.ReplaceLineEndings("\n"));
        quote.Todo.Select(t => (t.Line, t.Key)).ShouldBe([(8, "said"), (9, "event")]);
    }

    [Fact]
    public void A_quotation_of_a_known_statement_becomes_a_report_to_add_with_its_wording_where_it_differs()
    {
        using var dossier = WithSeed(TestDossier.Minimal);
        var draft = DraftSamples.Draft();
        var sameWords = draft with { Quotes = [draft.Quotes[0] with { Text = "We will stay safe" }] };

        var differing = DraftFiles.For(draft, Load(dossier)).Single(f => f.IsAddition);
        var same = DraftFiles.For(sameWords, Load(dossier)).Single(f => f.IsAddition);

        differing.Text.ShouldEndWith("\n  - article: gazette-harbour-reopens\n    text: we will stay safe\n");
        differing.Text.ShouldContain("# New reports of the quote in content/quotes/lima-safe.yml");
        same.Text.ShouldEndWith("\n  - article: gazette-harbour-reopens\n");
    }

    [Fact]
    public void A_day_the_text_ties_to_the_attribution_is_written_as_said_not_left_to_the_editor()
    {
        var draft = DraftSamples.Draft();
        draft = draft with { Quotes = [draft.Quotes[1] with { Said = new PartialDate(2021, 3, 4) }] };

        using var dossier = WithSeed(TestDossier.Minimal);
        var file = DraftFiles.For(draft, Load(dossier)).Single(f => f.Path == "quotes/park-ships-moving-again-all.yml");

        file.Text.ShouldContain("\nsaid: 2021-03-04\n");
        file.Todo.Select(t => t.Key).ShouldBe(["event"]);
    }

    [Fact]
    public void What_the_text_does_not_give_is_TODO_and_check_refuses_each_such_field_until_filled()
    {
        using var dossier = WithSeed(TestDossier.Minimal);
        var files = DraftFiles.For(DraftSamples.Draft(title: null), Load(dossier));
        Accept(dossier, files, text => text);

        var errors = dossier.Check().Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();

        foreach (var file in files)
        {
            foreach (var field in file.Todo)
            {
                errors.ShouldContain(d => d.Span.Path.EndsWith("content/" + file.Path) && d.Span.Line == field.Line,
                    $"an error at {file.Path} line {field.Line} ('{field.Key}')");
            }
        }
        files.SelectMany(f => f.Todo.Select(t => $"{f.Path}: {t.Key}")).ShouldBe([
            "actors/port-board.yml: kind",
            "articles/gazette-harbour-reopens.yml: title",
            "articles/gazette-harbour-reopens.yml: events",
            "quotes/park-ships-moving-again-all.yml: said",
            "quotes/park-ships-moving-again-all.yml: event",
            "quotes/unattributed-about-time.yml: speaker",
            "quotes/unattributed-about-time.yml: said",
            "quotes/unattributed-about-time.yml: event",
        ]);
    }

    [Fact]
    public void Every_drafted_file_passes_check_once_its_TODO_fields_are_filled_in_a_dossier_with_content()
    {
        using var dossier = WithSeed(TestDossier.Minimal);
        var before = File.ReadAllText(Path.Combine(dossier.Paths.Content, "quotes", "lima-safe.yml"));

        Accept(dossier, DraftFiles.For(DraftSamples.Draft(title: null), Load(dossier)), DraftSamples.Fill);

        dossier.Check().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format()).ShouldBeEmpty();
        File.ReadAllText(Path.Combine(dossier.Paths.Content, "quotes", "lima-safe.yml"))
            .ShouldBe(before + "  - article: gazette-harbour-reopens\n    text: we will stay safe\n");
    }

    [Fact]
    public void Every_drafted_file_passes_check_once_its_TODO_fields_are_filled_in_a_dossier_with_no_content_yet()
    {
        using var dossier = WithSeed("");
        var known = Load(dossier);
        known.Entities.ShouldBeEmpty();

        Accept(dossier, DraftFiles.For(DraftSamples.Draft(known: false), known), DraftSamples.Fill);
        dossier.Write("--- content/dossier.yml\ntitle: Harbour");

        dossier.Check().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format()).ShouldBeEmpty();
    }

    [Fact]
    public void Every_drafted_file_passes_check_once_its_TODO_fields_are_filled_in_the_real_dossier()
    {
        using var dossier = TestDossier.Create($"--- seeds/{DraftSamples.SeedName}\n{DraftSamples.Seed}");
        CopyFolder(Path.Combine(Repo.Root, "content"), dossier.Paths.Content);
        CopyFolder(Path.Combine(Repo.Root, "seeds"), dossier.Paths.Seeds);
        var quoteFile = Path.Combine(dossier.Paths.Content, "quotes", "abdul-mahdi-a-political-assassination.yml");
        var before = File.ReadAllText(quoteFile);
        var sample = DraftSamples.Draft(known: false);
        // Joining a real quote: the new article prints its words too.
        var draft = sample with
        {
            Quotes = [.. sample.Quotes, new QuoteProposal(DraftSamples.ArticleId, "as the harbour reopened", new SpeakerMatch("Adil Abdul-Mahdi", "adel-abdul-mahdi"),
                new Evidence("said", "speaker-before-verb", 0.7, 3, 1), "abdul-mahdi-a-political-assassination")],
        };

        Accept(dossier, DraftFiles.For(draft, Load(dossier)), DraftSamples.Fill);

        dossier.Check().Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format()).ShouldBeEmpty();
        File.ReadAllText(quoteFile).ShouldBe(before + "  - article: gazette-harbour-reopens\n    text: as the harbour reopened\n");
    }

    [Fact]
    public void A_new_quote_id_is_unique_against_the_dossiers_quotes_and_the_drafts_others()
    {
        using var dossier = WithSeed(TestDossier.Minimal + "\n--- content/quotes/park-ships-moving-again-all.yml\nspeaker: ana-lima\ntext: Lima\nreported:\n  - article: report\n");
        var draft = DraftSamples.Draft();
        var twice = draft with { Quotes = [draft.Quotes[1], draft.Quotes[1]] };

        DraftQuoteIds.Assign(twice, Load(dossier)).ShouldBe(["park-ships-moving-again-all-2", "park-ships-moving-again-all-3"]);
    }

    [Fact]
    public void An_actor_the_draft_is_unsure_about_leaves_its_kind_to_the_editor()
    {
        using var dossier = WithSeed(TestDossier.Minimal);

        var files = DraftFiles.For(DraftSamples.Draft(), Load(dossier));

        files.Single(f => f.Path == "actors/joe-park.yml").Text.ShouldContain("\nkind: person\n");
        files.Single(f => f.Path == "actors/port-board.yml").Text.ShouldContain("\nkind: TODO  # TODO: person, organization, state or group (the draft guessed organization)\n");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
