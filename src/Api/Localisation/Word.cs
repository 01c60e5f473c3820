namespace LivingLibrary.Api.Localisation;

/// <summary>
/// A word of the console, a printed page or an export, named by its key in the catalogue (<c>console.sign-in</c>), with
/// what it needs (<c>new { count }</c>: an object whose properties the text's <c>{count}</c> takes). The catalogue words it
/// (<see cref="Catalogue.Say(Word)"/>); a translator edits Catalogue.{fr,nl,en}.resx (docs/adr/0020).
/// </summary>
public sealed record Word(string Key, object? With = null)
{
    /// <summary>The arguments by name (any case: <c>{requests}</c> takes a property <c>Requests</c>).</summary>
    public IReadOnlyDictionary<string, object?> Args => With is null
        ? new Dictionary<string, object?>()
        : With.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(With), StringComparer.OrdinalIgnoreCase);
}
