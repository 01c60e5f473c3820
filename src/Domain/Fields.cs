using System.Text.RegularExpressions;

namespace LivingLibrary.Domain;

/// <summary>
/// Collects the fields at fault in a command, so that one answer lists all of them.
/// Text is stored as given (any script); only its length and control characters are checked.
/// </summary>
public sealed partial class Fields
{
    private readonly Dictionary<string, List<Message>> _errors = new();

    /// <summary>Blank free text is no text.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public Fields Text(string field, string? value, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, Says.Required);
        }
        else if (value.Length > max) Add(field, Says.TooLong(max));
        else if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            Add(field, Says.ControlCharacters);
        return this;
    }

    public Fields Languages(string field, IReadOnlyList<string>? codes, int max = 12, bool required = true)
    {
        if (codes is null || codes.Count == 0)
        {
            if (required) Add(field, Says.LanguagesRequired);
            return this;
        }
        if (codes.Count > max) Add(field, Says.TooManyLanguages(max));
        foreach (var code in codes)
            if (code is null || !LanguageCode().IsMatch(code))
                Add(field, Says.NotALanguageCode(code));
        return this;
    }

    /// <summary>One of the enum's names (<see cref="Choices"/>); a value that is none of them is refused, naming them.</summary>
    public Fields Choice<T>(string field, T? value, bool required = true) where T : struct, Enum
    {
        if (value is null)
        {
            if (required) Add(field, Says.RequiredOneOf(Choices.NamesOf(typeof(T))));
        }
        else if (!Enum.IsDefined(value.Value)) Add(field, Choices.NotAName(typeof(T)));
        return this;
    }

    /// <summary>A day that happened already: within <see cref="Dates"/>' window up to <paramref name="today"/>.</summary>
    public Fields Happened(string field, DateOnly? day, DateOnly today, bool required = false) =>
        Day(field, day, required, day is not { } d || (d >= Dates.Earliest && d <= today), Says.DayHappened(Dates.Earliest, today));

    /// <summary>A day planned, or the bound of a period: within <see cref="Dates"/>' window, a few years ahead at most.</summary>
    public Fields Planned(string field, DateOnly? day, DateOnly today, bool required = false) =>
        Day(field, day, required, day is not { } d || Dates.IsPlausible(d, today), Dates.NotPlausible(today));

    /// <summary>A moment (a cut-off) not before <see cref="Dates.Earliest"/>; its other bound is the field's own.</summary>
    public Fields Since(string field, DateTimeOffset? moment) =>
        Check(field, moment is null || DateOnly.FromDateTime(moment.Value.UtcDateTime) >= Dates.Earliest, Says.NotBeforeDay(Dates.Earliest));

    private Fields Day(string field, DateOnly? day, bool required, bool inWindow, Message window)
    {
        if (day is null)
        {
            if (required) Add(field, Says.Required);
        }
        else if (!inWindow) Add(field, window);
        return this;
    }

    public Fields Check(string field, bool ok, Message error)
    {
        if (!ok) Add(field, error);
        return this;
    }

    public Refusal? Refusal() =>
        _errors.Count == 0 ? null : Domain.Refusal.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    private void Add(string field, Message error)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(error);
    }

    // ISO 639-1 or 639-3 in lower case, with an optional region or script (BCP 47 style).
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
