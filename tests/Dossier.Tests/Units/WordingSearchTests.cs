using Dossier.Text;

namespace Dossier.Tests.Units;

public sealed class WordingSearchTests
{
    // Longer than the part of a wording the search's automaton holds, and alike up to past it.
    private const string Opening = "I can tell you that we will never, ever accept the terms that were offered to us by ";

    [Fact]
    public void Long_wordings_that_share_their_opening_are_found_only_where_each_stands_whole()
    {
        var kept = new Wording(Opening + "of this so-called agreement");
        var dropped = new Wording(Opening + "they wrote for the ceasefire");
        var paragraph = NormalizedText.From($"He said: “{Opening}of this so-called agreement.” Then: “{Opening}they wrote for the talks.”");

        var found = Wording.Many([(kept, "kept"), (dropped, "dropped")]).FindAllIn(paragraph).ToArray();

        found.ShouldBe(kept.FindAllIn(paragraph).Select(m => (m.Start, m.End, "kept")).ToArray());
        found.Length.ShouldBe(1);
    }

    private static readonly string[] Texts = ["We won’t leave", "we won't leave – ever", "leave", "Short"];

    [Fact]
    public void Each_wording_is_found_as_it_would_be_alone_with_curly_marks_and_dashes_not_counting()
    {
        var wordings = Texts.Select(w => new Wording(w)).ToArray();
        var paragraph = NormalizedText.From("“We won't leave — ever,” she said; we won’t leave – ever. Short.");

        var together = Wording.Many(wordings.Select(w => (w, w.Text))).FindAllIn(paragraph).OrderBy(m => m.Start).ThenBy(m => m.Value, StringComparer.Ordinal);
        var alone = wordings.SelectMany(w => w.FindAllIn(paragraph).Select(m => (m.Start, m.End, w.Text))).OrderBy(m => m.Start).ThenBy(m => m.Item3, StringComparer.Ordinal);

        together.ShouldBe(alone);
    }
}
