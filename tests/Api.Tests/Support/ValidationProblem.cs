namespace LivingLibrary.Api.Tests.Support;

/// <summary>The body of a problem as a client reads it: the fields at fault of a 400, the detail of the others.</summary>
public sealed record ValidationProblem(int Status, string Title, Dictionary<string, string[]> Errors, string? Detail = null);
