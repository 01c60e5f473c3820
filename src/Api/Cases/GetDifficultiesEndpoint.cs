namespace LivingLibrary.Api.Cases;

public static class GetDifficultiesEndpoint
{
    [WolverineGet("/api/difficulties"), Tags("Reference"), EndpointSummary("The kinds of difficulty a case is filed under, with what each covers")]
    public static IReadOnlyList<Difficulty> Get() => Difficulties.All;
}
