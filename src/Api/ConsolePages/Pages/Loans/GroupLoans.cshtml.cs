using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>The devices a group's participants have now, and lending one of the available devices to one of them (_Lending).</summary>
public sealed class GroupLoansModel : LendingPage
{
    public Group Group { get; private set; } = null!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    public override string BorrowerField => "participantId";
    public override Word BorrowerLabel => Words.BorrowerParticipant;
    public override IEnumerable<Choice> Borrowers => Participants.Select(p => new Choice(p.Id.ToString(), p.Person.DisplayName));
    public override bool Lends => !Group.IsClosed;

    private async Task<IActionResult?> LoadAsync(Guid groupId)
    {
        if (await VisibleGroupAsync(groupId) is not { } group) return NotFound();
        Group = group;
        Participants = await GetGroupParticipantsEndpoint.Get(group, Query);
        await LoadDevicesAsync(Participants.Select(p => p.Id).ToHashSet());
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid groupId) => await LoadAsync(groupId) ?? Page();

    public Task<IActionResult> OnPostAsync(Guid groupId) => LendAsync(() => LoadAsync(groupId));
}
