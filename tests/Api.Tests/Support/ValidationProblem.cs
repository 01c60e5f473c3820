namespace LivingLibrary.Api.Tests.Support;

/// <summary>The body of a 400 problem, as a client reads it.</summary>
public sealed record ValidationProblem(int Status, string Title, Dictionary<string, string[]> Errors);
