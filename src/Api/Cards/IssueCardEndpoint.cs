using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.Cards;

/// <summary>A printed card: its code, shown this once (only its keyed hash is kept, docs/adr/0026).</summary>
/// <param name="Code">Left out when the answer is replayed for its Idempotency-Key: the card was printed, its code is not shown again.</param>
public sealed record PrintedCard(Guid ParticipantId, Guid CardId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code);

public static class IssueCardEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Participant participant, ClaimsPrincipal user, IQuerySession session) =>
        Problems.FirstOf(await session.MayActOnAsync(participant, user));

    [WolverinePost("/api/participants/{participantId}/card"), Tags("Participants"), ShownOnce("code")]
    [EndpointSummary("Print a personal card for a participant: its code signs them in once; a card printed before is revoked")]
    [EndpointDescription("Print a personal card for a participant: its code (and the QR code that carries it) signs them in to their own "
        + "space once. A card printed before is revoked and every phone signed in as them is signed out. The code is in this answer only.")]
    [ProducesResponseType<PrintedCard>(StatusCodes.Status200OK)]
    public static async Task<(IResult, Events)> Post(IssueCard command, [WriteAggregate("participantId")] Participant participant,
        IDocumentSession session, CardKeys keys, ClaimsPrincipal user, TimeProvider clock)
    {
        var cardId = Guid.CreateVersion7();
        var decision = command.Decide(participant, cardId, clock.Today());
        if (decision.Refusal is { } refused) return (Results.Problem(refused.ToProblem()), []);
        var code = CardCodes.New();
        var organisation = user.Caller().OrganisationId;
        session.ForgetCards(organisation, participant.Id);
        session.Store(new CardCode(await keys.HashAsync(code), organisation, participant.Id, cardId));
        return (Results.Json(new PrintedCard(participant.Id, cardId, code)), [.. decision.Events]);
    }
}
