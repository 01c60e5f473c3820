namespace LivingLibrary.Api.ConsolePages;

/// <summary>What a posted form says, read as the commands need it: blank is absent, a date is ISO (an input of type date).</summary>
public static class FormValues
{
    public static string? Text(this HttpRequest request, string name) =>
        request.HasFormContentType && request.Form[name].ToString() is { Length: > 0 } text ? text : null;

    public static DateOnly? Date(this HttpRequest request, string name) =>
        DateOnly.TryParseExact(request.Text(name), "yyyy-MM-dd", out var day) ? day : null;

    public static IReadOnlyList<string> All(this HttpRequest request, string name) =>
        request.HasFormContentType ? [.. request.Form[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)] : [];

    public static string Iso(this DateOnly day) => day.ToString("yyyy-MM-dd");
}
