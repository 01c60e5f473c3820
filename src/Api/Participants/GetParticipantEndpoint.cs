using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Library;

namespace LivingLibrary.Api.Participants;

public sealed record AssessmentEntry(string Skill, int Level, Band Band, AssessmentSource Source, string? Tool,
    DateOnly AssessedOn, bool Intake, DateTimeOffset RecordedAt, string? RecordedBy);

/// <summary>
/// A participant's current levels, offers, needs and consent, the timeline of their assessments and that of their
/// consent (each oldest first).
/// </summary>
public sealed record ParticipantProfile(Participant Participant, IReadOnlyList<AssessmentEntry> Timeline, DateOnly? AsOf)
{
    public IReadOnlyList<ConsentEntry> ConsentTimeline { get; init; } = [];

    /// <summary>The times they helped someone around them, newest first, each marked when they said it themself.</summary>
    public IReadOnlyList<HelpAroundEntry> HelpedAround { get; init; } = [];
}

public static class GetParticipantEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverineGet("/api/participants/{participantId}"), Tags("Participants"), EndpointSummary("A participant's profile, now or as of a past day")]
    [Journalled(PersonalRead.Profile, "participantId")]
    [ProducesResponseType<ParticipantProfile>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get([ReadAggregate("participantId")] Participant participant, IQuerySession session,
        HttpResponse response, DateOnly? asOf)
    {
        var events = await session.StreamAsOfAsync(participant.Id, asOf);
        var then = asOf is null ? participant : (await session.FoldAsync<Participant>(events)).SingleOrDefault();
        if (then is null) return Results.Problem(statusCode: 404, title: "Not found.", detail: "There is no such participant on that day: they were not enrolled yet.");

        if (asOf is null) response.Headers.ETag = Versions.ETag(participant.Version);
        var timeline = events.Where(e => e.Data is SkillAssessed)
            .Select(e => (Event: e, Assessed: (SkillAssessed)e.Data))
            .OrderBy(x => x.Assessed.AssessedOn).ThenBy(x => x.Event.Version)
            .Select(x => new AssessmentEntry(x.Assessed.Skill, x.Assessed.Level, DigComp.BandOf(x.Assessed.Level), x.Assessed.Source,
                x.Assessed.Tool, x.Assessed.AssessedOn, x.Assessed.Intake, x.Event.Timestamp, x.Event.UserName))
            .ToList();
        return Results.Ok(new ParticipantProfile(then, timeline, asOf) { ConsentTimeline = ConsentEntry.Timeline(events), HelpedAround = HelpAroundEntry.Of(participant.Id, events) });
    }
}
