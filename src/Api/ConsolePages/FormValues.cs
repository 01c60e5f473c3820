using System.Globalization;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// What a posted form says, read as the commands need it: blank is absent, a date is ISO (an input of type date), a
/// choice as the API reads one. The fields are written by <see cref="FieldTagHelper"/>.
/// </summary>
public static class FormValues
{
    public static string? Text(this HttpRequest request, string name) =>
        request.HasFormContentType && request.Form[name].ToString() is { Length: > 0 } text ? text : null;

    /// <summary>
    /// A date typed: ISO (what an input of type date sends), or day/month/year where a browser shows it as text. Something
    /// typed that is no day of the calendar (31/02/2026, or what forms.js sends for a date input the browser found
    /// impossible) is never read as absent: it is kept as a <see cref="WrongDates">wrong date</see>, which the page
    /// refuses beside its field before anything is sent.
    /// </summary>
    public static DateOnly? Date(this HttpRequest request, string name)
    {
        if (request.Text(name) is not { } typed) return null;
        if (DateOnly.TryParseExact(typed.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (request.HttpContext.Items[WrongDatesKey] is not HashSet<string> wrong) request.HttpContext.Items[WrongDatesKey] = wrong = [];
        wrong.Add(name);
        return null;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    private static readonly object WrongDatesKey = new();

    /// <summary>The fields read by <see cref="Date"/> whose text was no date.</summary>
    public static IReadOnlyCollection<string> WrongDates(this HttpRequest request) =>
        request.HttpContext.Items[WrongDatesKey] as HashSet<string> ?? [];

    public static IReadOnlyList<string> All(this HttpRequest request, string name) =>
        request.HasFormContentType ? [.. request.Form[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)] : [];

    public static string Iso(this DateOnly day) => day.ToString("yyyy-MM-dd");

    /// <summary>
    /// A choice posted, read as the API reads one (<see cref="Choices.Read{T}"/>): blank is no answer, and a value that names
    /// no choice is one that the decision refuses as such ("choose a value from the list"), never as a missing one.
    /// </summary>
    public static T? Choice<T>(this HttpRequest request, string name) where T : struct, Enum => Choices.Read<T>(request.Text(name));

    /// <summary>Lines of a textarea, trimmed, the blank ones dropped; absent when there are none.</summary>
    public static IReadOnlyList<string>? Lines(this HttpRequest request, string name) =>
        request.Text(name) is { } text && text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList() is { Count: > 0 } lines ? lines : null;

    public static int? Number(this HttpRequest request, string name) => int.TryParse(request.Text(name), out var n) ? n : null;

    public static Guid? Id(this HttpRequest request, string name) => Guid.TryParse(request.Text(name), out var id) ? id : null;
}
