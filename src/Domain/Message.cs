using System.Collections;

namespace LivingLibrary.Domain;

/// <summary>
/// What the domain says (why a command is refused, what a field must be, why a pair is suggested) as a code and its
/// arguments, never as words: the API and the console word it in the reader's language from one catalogue
/// (docs/adr/0020). Every code is made by <see cref="Says"/>, so that the catalogue can be checked against all of them
/// (one read back from JSON has its arguments as JSON values).
/// </summary>
/// <param name="Code">Lower-case words joined by hyphens (<c>level-out-of-range</c>): the catalogue's key, and what
/// clients may rely on.</param>
/// <param name="Args">What the words need (<c>{min: 1, max: 8}</c>): numbers, texts, days, ids of people, lists of
/// them, and other messages (a pair's explanation lists its reasons).</param>
public sealed class Message : IEquatable<Message>
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal Message(string code, IReadOnlyDictionary<string, object?> args) => (Code, Args) = (code, args);

    public string Code { get; }

    public IReadOnlyDictionary<string, object?> Args { get; }

    public bool Equals(Message? other) =>
        other is not null && Code == other.Code && Args.Count == other.Args.Count
        && Args.All(a => other.Args.TryGetValue(a.Key, out var value) && Same(a.Value, value));

    public override bool Equals(object? obj) => Equals(obj as Message);

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    /// <summary>The code and its arguments, for a test's or a log's eyes (never shown to people: the catalogue words them).</summary>
    public override string ToString() =>
        Args.Count == 0 ? Code : $"{Code} {{{string.Join(", ", Args.Select(a => $"{a.Key}: {Show(a.Value)}"))}}}";

    private static bool Same(object? a, object? b) =>
        a is IEnumerable first and not string && b is IEnumerable second and not string
            ? first.Cast<object?>().SequenceEqual(second.Cast<object?>(), Comparer.Instance)
            : Equals(a, b);

    private static string Show(object? value) =>
        value is IEnumerable items and not string ? $"[{string.Join(", ", items.Cast<object?>().Select(Show))}]" : $"{value}";

    private sealed class Comparer : IEqualityComparer<object?>
    {
        public static readonly Comparer Instance = new();
        public new bool Equals(object? x, object? y) => Same(x, y);
        public int GetHashCode(object? obj) => 0;
    }
}
