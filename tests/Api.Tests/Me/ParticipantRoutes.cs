namespace LivingLibrary.Api.Tests.Me;

/// <summary>Every route open to a participant ("METHOD /template"), one line per route: each has its isolation tests.</summary>
public static class ParticipantRoutes
{
    public static readonly TheoryData<string> All =
    [
        "POST /api/campaigns/{campaignId}/answers",
        "GET /api/participants/{participantId}/progress",
        "GET /api/participants/{participantId}/export",
        "POST /api/participants/{participantId}/consent",
        "POST /api/participants/{participantId}/consent/withdraw",
    ];
}
