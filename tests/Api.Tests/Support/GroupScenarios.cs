using LivingLibrary.Api.Platform;
using Alba;
using LivingLibrary.Api.Groups;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>Shortcuts for the group routes that most scenarios need as a starting point.</summary>
public static class GroupScenarios
{
    public static CreateGroup NewGroup(string name = "Mardi matin") =>
        new(name, "Agora, Saint-Léonard, Liège", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30), ["fr", "ar"]);

    public static async Task<Guid> CreateGroupAsync(this IAlbaHost host, string token, CreateGroup? group = null)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(group ?? NewGroup()).ToUrl("/api/groups");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<CreatedId>())!.Id;
    }

    public static Task AssignAsync(this IAlbaHost host, string token, Guid groupId, string facilitatorId, string displayName = "Amina") =>
        host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new AssignFacilitator(facilitatorId, displayName)).ToUrl($"/api/groups/{groupId}/facilitators");
            s.StatusCodeShouldBe(200);
        });
}
