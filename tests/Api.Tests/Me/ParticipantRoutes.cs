namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// Every route a participant may call or open (docs/adr/0026), "METHOD /template": each part of issue 24 appends its own,
/// and each has isolation tests (another participant of the group, of another group, of another organisation: 404).
/// </summary>
public static class ParticipantRoutes
{
    public static readonly TheoryData<string> All =
    [
        "POST /api/participants/{participantId}/sign-out-everywhere",
        "GET /console/me/sign-in",
        "POST /console/me/sign-in?handler=Code",
        "GET /console/me/sign-out-everywhere",
        "POST /console/me/sign-out-everywhere",
    ];
}
