using Dossier.Tests.Support;

namespace Dossier.Tests.Drafting;

/// <summary>Pronouns, roles and bare quotations resolved to someone named before, never proposed as actors themselves.</summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void A_pronoun_stands_for_the_person_named_before_it()
    {
        var draft = Drafts.Of("""
            Maria Oduya visited the construction site on Monday.

            “The bridge will reopen in May, whatever the weather,” she said.
            """);
        var quote = draft.Quotes.Single();
        quote.Speaker.Name.ShouldBe("Maria Oduya");
        quote.Evidence.Rule.ShouldEndWith("+pronoun");
    }

    [Fact]
    public void A_role_stands_for_the_person_the_text_gave_that_title()
    {
        var draft = Drafts.Of("""
            Transport Minister Maria Oduya toured the site with Tomas Brandt, the chief engineer.
            Workers were pouring concrete for the last pier.
            “The bridge will reopen in May, whatever the weather,” the minister said.
            """);
        draft.Quotes.Single().Speaker.Name.ShouldBe("Maria Oduya");
    }

    [Fact]
    public void A_role_noun_used_before_in_a_description_is_that_description()
    {
        var draft = Drafts.Of("""
            An unnamed port official spoke to the local press after the strike.
            “Ships will have to wait outside the harbour for a week,” the official said.
            """);
        var quote = draft.Quotes.Single();
        quote.Speaker.Name.ShouldBe("unnamed port official");
        draft.Actors.ShouldBeEmpty();
    }

    [Fact]
    public void What_a_statement_says_is_said_by_whoever_issued_it()
    {
        var draft = Drafts.Of("""
            The Harbour Authority issued a statement late on Monday.
            “All ships must leave the inner basin before noon,” the statement said.
            """);
        draft.Quotes.Single().Speaker.Name.ShouldBe("Harbour Authority");
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quotation_goes_on_with_the_last_speaker()
    {
        var draft = Drafts.Of("""
            “We lost two months to the floods,” Maria Oduya said at the site.

            “But the bridge will still reopen in May.”
            """);
        var quote = draft.Quote("But the bridge");
        quote.Speaker.Name.ShouldBe("Maria Oduya");
        quote.Evidence.Rule.ShouldBe("continues-previous-speaker");
    }

    [Fact]
    public void A_quotation_introduced_by_the_paragraph_before_is_its_speakers()
    {
        var draft = Drafts.Of("""
            In her weekly column, the city's longest-serving councillor Ruth Ambler writes:

            “Nobody asked the ferrymen what they thought of the bridge, and nobody will.”
            """);
        draft.Quotes.Single().Speaker.Name.ShouldBe("Ruth Ambler");
    }

    [Fact]
    public void A_known_actor_is_matched_by_surname_or_alias()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        var known = Drafts.Load(dossier);
        var draft = Drafts.Of("""
            “The river has never been this high,” Lima said.
            “We are moving the families tonight,” Ana Lima told the radio.
            """, known);
        draft.Quotes.ShouldAllBe(q => q.Speaker.Actor == "ana-lima" && q.Speaker.Name == "Ana Lima");
        draft.Actors.ShouldBeEmpty();
    }

    [Fact]
    public void A_surname_first_and_a_full_name_later_are_one_actor()
    {
        var draft = Drafts.Of("""
            “The river has never been this high,” Oduya said on Tuesday.
            Later, Transport Minister Maria Oduya said “the bridge is safe.”
            """);
        draft.Actors.Where(a => a.Name.Contains("Oduya")).ShouldHaveSingleItem().Id.ShouldBe("maria-oduya");
        draft.Quotes.ShouldAllBe(q => q.Speaker.Actor == "maria-oduya");
    }

    [Fact]
    public void Pronouns_and_roles_are_never_proposed_as_actors()
    {
        var draft = Drafts.Of("""
            “We will not stop the works for anyone at all,” he said.
            “The bridge will reopen in May, whatever the weather,” she told reporters.
            “The contract was signed in good faith by everyone,” the minister said.
            “All ships must leave the inner basin before noon,” the statement added.
            “Nobody told us anything about the closure,” they said.
            """);
        draft.Quotes.Count.ShouldBe(5);
        draft.Actors.ShouldBeEmpty();
        draft.Quotes.ShouldAllBe(q => q.Speaker.Actor == null);
    }

    [Fact]
    public void Ids_of_proposed_actors_are_kebab_case_and_not_taken()
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal + """

            --- content/actors/maria-oduya.yml
            name: Maria Oduyah
            kind: person
            """);
        var known = Drafts.Load(dossier);
        var draft = Drafts.Of("“The bridge will reopen in May, whatever the weather,” Maria Oduya said.", known);
        draft.Actors.ShouldHaveSingleItem().Id.ShouldBe("maria-oduya-2");
    }
}
