using LivingLibrary.Api.Cards;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Activities.Calendars;

public static class CreateParticipantCalendarLinkEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/calendar-links"), Tags("Programme"), ShownOnce("address"),
     ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    [EndpointSummary("Make a participant's secret calendar address: their groups' activities, by the participant themself or the staff of their group")]
    [ProducesResponseType<CalendarAddress>(StatusCodes.Status201Created)]
    public static async Task<(IResult, IMartenOp)> Post([ReadAggregate("participantId")] Participant participant, ClaimsPrincipal user, CardKeys keys,
        HttpRequest request)
    {
        var (linkId, secret) = (Guid.CreateVersion7(), CalendarSecrets.New());
        var decision = CreateCalendarLink.ForParticipant(linkId, participant, await keys.HashAsync(secret));
        return CalendarSecrets.Start(decision, linkId, FeedOf.Participant, CalendarSecrets.Address(request, user.Caller().OrganisationId, secret));
    }
}

public static class GetParticipantCalendarLinksEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverineGet("/api/participants/{participantId}/calendar-links"), Tags("Programme"),
     ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    [EndpointSummary("A participant's calendar addresses not revoked, never their secret")]
    [ProducesResponseType<IReadOnlyList<CalendarLinkView>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<CalendarLinkView>> Get([ReadAggregate("participantId")] Participant participant, IQuerySession session) =>
        [.. (await session.Query<CalendarLink>().Where(l => l.ParticipantId == participant.Id && !l.Revoked).ToListAsync())
            .OrderBy(l => l.Id).Select(CalendarLinkView.From)];
}
