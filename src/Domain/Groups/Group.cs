namespace LivingLibrary.Domain.Groups;

public sealed record Facilitator(string FacilitatorId, string DisplayName);

/// <summary>A cohort of an organisation: the fold of its events, also stored as its inline snapshot.</summary>
public sealed record Group(
    Guid Id,
    string Name,
    string Place,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Facilitator> Facilitators,
    bool IsClosed)
{
    /// <summary>The stream version, set by Marten: the group's ETag.</summary>
    public int Version { get; set; }

    public static Group Create(GroupCreated e) =>
        new(e.GroupId, e.Name, e.Place, e.StartsOn, e.EndsOn, e.Languages, [], false);

    public Group Apply(GroupRenamed e) => this with { Name = e.Name };

    public Group Apply(GroupRescheduled e) => this with { StartsOn = e.StartsOn, EndsOn = e.EndsOn };

    public Group Apply(FacilitatorAssigned e) => this with
    {
        Facilitators = [.. Facilitators.Where(f => f.FacilitatorId != e.FacilitatorId), new Facilitator(e.FacilitatorId, e.DisplayName)],
    };

    public Group Apply(FacilitatorRemoved e) => this with
    {
        Facilitators = [.. Facilitators.Where(f => f.FacilitatorId != e.FacilitatorId)],
    };

    public Group Apply(GroupClosed _) => this with { IsClosed = true };

    public bool IsFacilitatedBy(string userId) => Facilitators.Any(f => f.FacilitatorId == userId);
}
