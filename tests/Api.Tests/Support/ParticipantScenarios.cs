using LivingLibrary.Api.Platform;
using Alba;
using LivingLibrary.Api.Diagnostic;
using LivingLibrary.Api.Participants;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Support;

/// <summary>Shortcuts for participant routes that scenarios need as a starting point.</summary>
public static class ParticipantScenarios
{
    public static EnrolParticipant NewParticipant(string name = "Samira", params string[] languages) =>
        new(name, languages.Length == 0 ? ["ar", "fr"] : languages, [new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)], null,
            new GivenConsent("notice-2026-fr", new DateOnly(2026, 9, 1)));

    public static async Task<Guid> EnrolAsync(this IAlbaHost host, string token, Guid groupId, EnrolParticipant? participant = null)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(participant ?? NewParticipant()).ToUrl($"/api/groups/{groupId}/participants");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<CreatedId>())!.Id;
    }

    public static Task AssessAsync(this IAlbaHost host, string token, Guid participantId, DateOnly on, params (string Skill, int Level)[] levels) =>
        host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new RecordAssessment(AssessmentSource.ObservedByFacilitator, null, on, false,
                [.. levels.Select(l => new AssessedLevel(l.Skill, l.Level))])).ToUrl($"/api/participants/{participantId}/assessments");
        });

    public static Task OfferAsync(this IAlbaHost host, string token, Guid participantId, string skill, int level) =>
        host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new OfferHelp(skill, level)).ToUrl($"/api/participants/{participantId}/offers");
        });

    public static async Task<Guid> DeclareNeedAsync(this IAlbaHost host, string token, Guid participantId, string skill,
        NeedPriority priority = NeedPriority.Normal, DateOnly? deadline = null)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(new DeclareLearningNeed(skill, priority, deadline)).ToUrl($"/api/participants/{participantId}/needs");
        });
        return (await result.ReadAsJsonAsync<Versioned>())!.CreatedId!.Value;
    }
}
