using System.Text.Json;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>
/// The body of a problem as a client reads it: the fields at fault of a 400 in words, the detail of the others, and what
/// they say as codes with their arguments (docs/adr/0020).
/// </summary>
public sealed record ValidationProblem(int Status, string Title, Dictionary<string, string[]> Errors, string? Detail = null, string? Code = null,
    Dictionary<string, JsonElement>? Args = null, Dictionary<string, Coded[]>? ErrorCodes = null);

/// <summary>A message as the API answers it: its code and its arguments.</summary>
public sealed record Coded(string Code, Dictionary<string, JsonElement> Args)
{
    public string Arg(string name) => Args[name].ToString();
}
