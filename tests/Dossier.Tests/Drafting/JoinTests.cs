using Dossier.Tests.Support;

namespace Dossier.Tests.Drafting;

/// <summary>A quotation whose wording the dossier already holds is proposed as a new report of that quote.</summary>
public sealed class JoinTests
{
    [Theory]
    [InlineData("Ana Lima said: “We will stay safe.”")]
    [InlineData("Ana Lima said: \"We will stay   safe\" after the storm.")]
    [InlineData("Ana Lima said: “We will stay safe — and we will rebuild.”")]
    public void Joins_a_known_quote_by_its_wording(string text)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        Drafts.Of(text, Drafts.Load(dossier)).Quotes.Single().Joins.ShouldBe("lima-safe");
    }

    [Theory]
    [InlineData("Ana Lima said: “We will stay at home.”")]
    [InlineData("Ana Lima said: “we will stay safe.”")]
    [InlineData("Ana Lima said we must be “safe”.")]
    public void Does_not_join_another_wording(string text)
    {
        using var dossier = TestDossier.Create(TestDossier.Minimal);
        Drafts.Of(text, Drafts.Load(dossier)).Quotes.Single().Joins.ShouldBeNull();
    }

    [Fact]
    public void Drafting_against_an_empty_dossier_proposes_everything_new()
    {
        var draft = Drafts.Of("Ana Lima said: “We will stay safe.”");
        var quote = draft.Quotes.Single();
        quote.Joins.ShouldBeNull();
        quote.Speaker.Actor.ShouldBe("ana-lima");
        draft.Actors.ShouldHaveSingleItem().Name.ShouldBe("Ana Lima");
    }
}
