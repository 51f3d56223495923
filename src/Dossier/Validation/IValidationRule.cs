using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Validation;

/// <summary>One rule the content must follow. Rules only read the content and add diagnostics.</summary>
public interface IValidationRule
{
    void Check(Content content, DiagnosticBag bag);
}
