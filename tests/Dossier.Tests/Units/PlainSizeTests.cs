using Dossier.Text;

namespace Dossier.Tests.Units;

public sealed class PlainSizeTests
{
    [Theory]
    [InlineData(1, "1 byte")]
    [InlineData(812, "812 bytes")]
    [InlineData(1_000, "1 KB")]
    [InlineData(85_499, "85 KB")]
    [InlineData(85_500, "86 KB")]
    [InlineData(999_499, "999 KB")]
    [InlineData(999_500, "1.0 MB")]
    [InlineData(1_180_562, "1.2 MB")]
    [InlineData(459_238_279, "459.2 MB")]
    [InlineData(2_300_000_000, "2.3 GB")]
    public void A_size_is_written_as_file_managers_write_it(long bytes, string text)
    {
        Plain.Size(bytes).ShouldBe(text);
    }
}
