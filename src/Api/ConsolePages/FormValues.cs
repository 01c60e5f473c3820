namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// What a posted form says, read as the commands need it: blank is absent, a date is ISO (an input of type date), a
/// choice as the API reads one. The fields are written by <see cref="FieldTagHelper"/>.
/// </summary>
public static class FormValues
{
    public static string? Text(this HttpRequest request, string name) =>
        request.HasFormContentType && request.Form[name].ToString() is { Length: > 0 } text ? text : null;

    public static DateOnly? Date(this HttpRequest request, string name) =>
        DateOnly.TryParseExact(request.Text(name), "yyyy-MM-dd", out var day) ? day : null;

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
