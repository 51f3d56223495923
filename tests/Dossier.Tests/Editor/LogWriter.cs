using System.Text;

namespace Dossier.Tests.Editor;

/// <summary>A writer the server's threads can share, whose text a test can read at any time.</summary>
internal sealed class LogWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get { lock (_lock) return _text.ToString(); }
    }

    public override void Write(char value)
    {
        lock (_lock) _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_lock) _text.Append(value);
    }
}
