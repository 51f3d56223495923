using System.Text;
using Dossier.Rendering;

namespace Dossier.Tests.Units;

/// <summary>The reused buffers a page is rendered into: the bytes must be exactly the layout with the body in place.</summary>
public sealed class PageBufferTests
{
    private static string Render(PageBuffer buffer, string layout, string body)
    {
        buffer.StartBody().Write(body);
        buffer.StartLayout().Write(layout);
        return Encoding.UTF8.GetString(buffer.Encode().Span);
    }

    [Fact]
    public void The_body_takes_the_place_of_the_placeholder_in_the_layout()
    {
        var page = Render(new PageBuffer(), $"<main>{PageBuffer.BodyPlaceholder}</main>", "<p>Tom &amp; Jerry</p>");

        page.ShouldBe("<main><p>Tom &amp; Jerry</p></main>");
    }

    [Fact]
    public void A_long_body_with_characters_outside_the_basic_plane_survives_being_held_in_pieces()
    {
        // Longer than the builder's first block, with a four-byte character at every possible split.
        var body = string.Concat(Enumerable.Range(0, 40_000).Select(i => i % 7 == 0 ? "😀" : "é"));

        var page = Render(new PageBuffer(), $"<{PageBuffer.BodyPlaceholder}>", body);

        page.ShouldBe($"<{body}>");
    }

    [Fact]
    public void A_layout_without_the_placeholder_leaves_the_body_out_and_one_with_two_repeats_it()
    {
        var buffer = new PageBuffer();

        Render(buffer, "no body", "text").ShouldBe("no body");
        Render(buffer, $"{PageBuffer.BodyPlaceholder}|{PageBuffer.BodyPlaceholder}", "text").ShouldBe("text|text");
    }

    [Fact]
    public void A_short_page_after_a_long_one_keeps_nothing_of_it()
    {
        var buffer = new PageBuffer();
        Render(buffer, $"[{PageBuffer.BodyPlaceholder}]", new string('x', 100_000));

        Render(buffer, $"[{PageBuffer.BodyPlaceholder}]", "short").ShouldBe("[short]");
    }
}
