namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// Every route open to participants, "METHOD /template" (docs/adr/0026): each has its isolation tests (another participant of
/// the same group, of another group, of another organisation get 404 and nothing is appended). One line per route, appended.
/// </summary>
public static class ParticipantRoutes
{
    public static readonly TheoryData<string> All =
    [
        "POST /api/pairings/{pairingId}/accept",
        "POST /api/pairings/{pairingId}/decline",
        "POST /api/pairings/{pairingId}/sessions",
        "GET /api/me/pairings",
        "POST /api/participants/{participantId}/helped-around",
        "GET /api/me/helped-around",
        "POST /api/participants/{participantId}/sign-out-everywhere",
        "GET /console/me/sign-in",
        "POST /console/me/sign-in?handler=Code",
        "GET /console/me/sign-out-everywhere",
        "POST /console/me/sign-out-everywhere",
    ];
}
