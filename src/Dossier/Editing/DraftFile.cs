namespace Dossier.Editing;

/// <summary>One file `draft` writes: its path in the drafts folder ('/', e.g. "quotes/rouhani-final-answer.yml") and its text.</summary>
public sealed record DraftFile(string Path, string Text)
{
    /// <summary>The ending of a file that adds reports to an existing quote rather than being a new one.</summary>
    public const string AdditionSuffix = ".add.yml";

    public bool IsAddition => Path.EndsWith(AdditionSuffix, StringComparison.Ordinal);

    /// <summary>The fields an editor must still fill in.</summary>
    public IReadOnlyList<DraftTodo.Field> Todo => DraftTodo.Find(Text);
}
