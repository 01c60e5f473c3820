using LivingLibrary.Api.Activities;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>What the attendance list and the printable sheet of an occurrence both read: the occurrence, its group, the group's people.</summary>
public abstract class OccurrencePage : ConsolePage
{
    public Activity Activity { get; private set; } = null!;
    public Occurrence Occurrence { get; private set; } = null!;
    public Group Group { get; private set; } = null!;
    public string? PartnerName { get; private set; }
    /// <summary>The group's participants now, and anyone on the attendance taken who has left since.</summary>
    public IReadOnlyList<Participant> People { get; private set; } = [];

    /// <summary>The occurrence as its group's staff may see it, or null (404, as the API answers).</summary>
    protected async Task<bool> LoadAsync(Guid activityId, string plannedFor)
    {
        if (await Query.LoadAsync<Activity>(activityId) is not { } activity || await VisibleGroupAsync(activity.GroupId) is not { } group
            || Occurrences.Find(activity, plannedFor) is not { } occurrence)
            return false;
        (Activity, Group, Occurrence) = (activity, group, occurrence);
        var attended = activity.AttendeesOf(occurrence.PlannedFor).Select(a => a.ParticipantId).ToHashSet();
        People = [.. (await GetGroupParticipantsEndpoint.Get(group, Query, includeLeft: true))
            .Where(p => !p.HasLeft || attended.Contains(p.Id)).OrderBy(p => p.Person.DisplayName, StringComparer.CurrentCulture)];
        PartnerName = activity.PartnerId is { } partner ? (await Query.LoadAsync<Partner>(partner))?.Details.Name : null;
        return true;
    }

    /// <summary>Where it takes place: the occurrence's room, else the partner visited, else the group's place.</summary>
    public string Place => Occurrence.Place ?? PartnerName ?? Group.Place;

    public string Times => Occurrence.Starts is { } s && Occurrence.Ends is { } e ? $"{s:HH\\:mm} – {e:HH\\:mm}" : "";

    public string Address => $"{ConsoleSetup.Prefix}/activities/{Activity.Id}/occurrences/{Occurrence.PlannedFor.Iso()}";
}
