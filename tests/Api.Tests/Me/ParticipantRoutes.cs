namespace LivingLibrary.Api.Tests.Me;

/// <summary>
/// Every route open to participants, "METHOD /template" (docs/adr/0026), by part: each part's isolation theory fills its
/// own ids (another participant of the same group, of another group, of another organisation get 404 and nothing is
/// appended), and <see cref="ParticipantRouteGuardTests"/> fails when a route open to participants is in none of them.
/// </summary>
public static class ParticipantRoutes
{
    /// <summary>Tested by <see cref="MyPairingsTests"/> and <see cref="HelpedAroundTests"/>.</summary>
    public static readonly string[] PairingsAndHelp =
    [
        "POST /api/pairings/{pairingId}/accept",
        "POST /api/pairings/{pairingId}/decline",
        "POST /api/pairings/{pairingId}/sessions",
        "GET /api/me/pairings",
        "POST /api/participants/{participantId}/helped-around",
        "GET /api/me/helped-around",
    ];

    /// <summary>Tested by <see cref="CardTests"/>; the sign-in itself is open to anyone.</summary>
    public static readonly string[] Cards =
    [
        "POST /api/participants/{participantId}/sign-out-everywhere",
    ];

    /// <summary>Tested by <see cref="ParticipantCaseTests"/>; GET /api/me/cases answers anyone with their own list.</summary>
    public static TheoryData<string> Cases() => new(CaseRoutes);

    private static readonly string[] CaseRoutes =
    [
        "POST /api/groups/{group}/cases",
        "GET /api/me/cases/{case}",
        "POST /api/cases/{case}/photos",
        "GET /api/cases/{case}/photos/{photo}",
    ];

    /// <summary>Routes a participant reaches that answer them their own things only, with nothing of anyone else's to find.</summary>
    public static readonly string[] OwnOnly =
    [
        "GET /api/me/cases",
    ];

    /// <summary>Tested by <see cref="MeEvaluationsApiTests"/>.</summary>
    public static TheoryData<string> EvaluationsProgressAndData() => new(EvaluationRoutes);

    private static readonly string[] EvaluationRoutes =
    [
        "POST /api/campaigns/{campaignId}/answers",
        "GET /api/participants/{participantId}/progress",
        "GET /api/participants/{participantId}/export",
        "POST /api/participants/{participantId}/consent",
        "POST /api/participants/{participantId}/consent/withdraw",
    ];

    /// <summary>Tested by ProgrammeTests (Activities): another participant, of the group or another, gets 404 and nothing is appended.</summary>
    public static readonly string[] SignUps =
    [
        "POST /api/activities/{activityId}/occurrences/{plannedFor}/sign-up",
        "POST /api/activities/{activityId}/occurrences/{plannedFor}/withdraw",
    ];

    /// <summary>Tested by <see cref="Activities.CalendarsTests"/>.</summary>
    public static readonly string[] Calendars =
    [
        "POST /api/participants/{participantId}/calendar-links",
        "GET /api/participants/{participantId}/calendar-links",
        "POST /api/calendar-links/{calendarLinkId}/revoke",
    ];

    public static IEnumerable<string> All => [.. PairingsAndHelp, .. Cards, .. CaseRoutes, .. EvaluationRoutes, .. OwnOnly, .. SignUps, .. Calendars];
}
