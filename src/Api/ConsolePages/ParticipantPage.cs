using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Participants;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// What the pages of one participant's life share (their details and free time, consent, leaving, moving): the person
/// read as GET /api/participants/{id} reads them, journalled when shown, and each form's command sent through the API
/// (docs/adr/0022), back on the profile's message when it is recorded.
/// </summary>
public abstract class ParticipantPage : ConsolePage
{
    public Participant Participant { get; private set; } = null!;
    public Group Group { get; private set; } = null!;

    public string Name => Participant.Person.DisplayName;

    /// <summary>The profile, where every form of these pages leads back.</summary>
    public string Profile => $"{ConsoleSetup.Prefix}/participants/{Participant.Id}";

    /// <summary>The person as the API's rule lets the caller see them (404 otherwise), or the refusal.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid participantId)
    {
        if (await Query.LoadAsync<Participant>(participantId) is not { } participant) return NotFound();
        if (Refused(await Query.MayActOnAsync(participant, User)) is { } refused) return refused;
        Participant = participant;
        Group = (await Query.LoadAsync<Group>(participant.GroupId))!;
        return null;
    }

    /// <summary>The page with the person's details, its read journalled as the profile's (docs/adr/0013).</summary>
    protected async Task<IActionResult> ShownAsync(Guid participantId, IActionResult result) =>
        await LoadAsync(participantId) ?? await Journalled(result, PersonKind.Participant, Participant.Id, null, PersonalRead.Profile);

    public virtual Task<IActionResult> OnGetAsync(Guid participantId) => ShownAsync(participantId, Page());

    /// <summary>POST /api/participants/{id}/<paramref name="path"/>; a refusal shows this page again, a success the profile's message.</summary>
    protected async Task<IActionResult> SendAsync(Guid participantId, string path, object command, Func<Refusal, Refusal>? onPage = null)
    {
        var sent = await SendAsync(HttpMethod.Post, $"/api/participants/{participantId}/{path}", command,
            _ => $"{ConsoleSetup.Prefix}/participants/{participantId}?saved=true#message", onPage: onPage);
        return sent is PageResult ? await ShownAsync(participantId, sent) : sent;
    }

    /// <summary>
    /// A typed value as the API should read it: a whole number as a number, anything else as the text typed, so that the
    /// API names what is wrong with it rather than the page dropping it.
    /// </summary>
    protected object? Typed(string name) => Request.Text(name) is { } text && int.TryParse(text, out var number) ? number : Request.Text(name);
}
