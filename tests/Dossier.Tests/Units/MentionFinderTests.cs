using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Resolution;
using Dossier.Text;
using Dossier.Tests.Support;

namespace Dossier.Tests.Units;

public sealed class MentionFinderTests
{
    private static Actor Actor(string id, string name, params string[] aliases) => Entities.Actor(id, name, aliases);

    /// <summary>Each mention as the original text it covers and the actor it links to.</summary>
    private static (string Text, string Actor)[] Mentions(string text, params Actor[] actors) =>
        new MentionFinder(actors).Find(0, NormalizedText.From(text))
            .Select(m => (text[m.Start..m.End], m.Entity.Id))
            .ToArray();

    [Fact]
    public void Names_are_found_as_whole_words_only()
    {
        Mentions("Limassol is not Lima, nor Limas; ask Lima.", Actor("ana-lima", "Ana Lima", "Lima"))
            .ShouldBe([("Lima", "ana-lima"), ("Lima", "ana-lima")]);
    }

    [Fact]
    public void The_longest_name_wins_where_names_overlap()
    {
        var khamenei = Actor("ali-khamenei", "Ali Khamenei", "Ayatollah Ali Khamenei", "Khamenei");

        Mentions("Ayatollah Ali Khamenei spoke; later Khamenei and Ali Khamenei wrote.", khamenei).ShouldBe([
            ("Ayatollah Ali Khamenei", "ali-khamenei"),
            ("Khamenei", "ali-khamenei"),
            ("Ali Khamenei", "ali-khamenei"),
        ]);
    }

    [Fact]
    public void The_longer_name_of_another_actor_wins_over_a_shorter_one_inside_it()
    {
        var ministry = Actor("iraqi-foreign-ministry", "Iraqi Foreign Ministry");
        var iraq = Actor("iraq", "Iraq", "Iraqi");

        Mentions("The Iraqi Foreign Ministry said Iraqi forces stay.", ministry, iraq).ShouldBe([
            ("Iraqi Foreign Ministry", "iraqi-foreign-ministry"),
            ("Iraqi", "iraq"),
        ]);
    }

    [Fact]
    public void A_curly_apostrophe_in_the_text_matches_a_straight_one_in_the_alias()
    {
        Mentions("O’Brien’s plan and Lima’s reply.", Actor("sean-obrien", "Sean O'Brien", "O'Brien"), Actor("ana-lima", "Ana Lima", "Lima"))
            .ShouldBe([("O’Brien", "sean-obrien"), ("Lima", "ana-lima")]);
    }

    [Fact]
    public void A_name_broken_over_a_line_or_double_spaced_is_still_found()
    {
        Mentions("said Ana\n  Lima today", Actor("ana-lima", "Ana Lima")).ShouldBe([("Ana\n  Lima", "ana-lima")]);
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        Mentions("lima beans", Actor("ana-lima", "Ana Lima", "Lima")).ShouldBeEmpty();
    }
}
