namespace LivingLibrary.Api.Tests.Me;

/// <summary>Every route open to participants, "METHOD /template": each has its isolation tests (ISSUE24 conventions).</summary>
public static class ParticipantRoutes
{
    public static TheoryData<string> All() =>
    [
        "POST /api/groups/{group}/cases",
        "GET /api/me/cases/{case}",
        "POST /api/cases/{case}/photos",
        "GET /api/cases/{case}/photos/{photo}",
    ];
}
