using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Groups;

// Each command with its decision: the fields it needs (400), what the group's state allows (409),
// and the events it appends. A command that asks for what is already true appends nothing.

public sealed record CreateGroup([Required] string? Name, [Required] string? Place, [Required] DateOnly? StartsOn, [Required] DateOnly? EndsOn, [Required] IReadOnlyList<string>? Languages)
{
    public Refusal? Check(DateOnly today) =>
        new Fields()
            .Text("name", Name, GroupRules.NameMax)
            .Text("place", Place, GroupRules.PlaceMax)
            .Period(StartsOn, EndsOn, today)
            .Languages("languages", Languages)
            .Refusal();

    public Decision Decide(Guid groupId, DateOnly today) =>
        Check(today) ?? Decision.Append(new GroupCreated(groupId, Name!, Place!, StartsOn!.Value, EndsOn!.Value, [.. Languages!.Distinct()]));
}

public sealed record RenameGroup([Required] string? Name)
{
    public Decision Decide(Group group) =>
        Refusals.FirstOf(new Fields().Text("name", Name, GroupRules.NameMax).Refusal(), group.IsOpen())
        ?? (Name == group.Name ? Decision.Nothing : Decision.Append(new GroupRenamed(group.Id, Name!)));
}

public sealed record RescheduleGroup([Required] DateOnly? StartsOn, [Required] DateOnly? EndsOn)
{
    public Decision Decide(Group group, DateOnly today) =>
        Refusals.FirstOf(new Fields().Period(StartsOn, EndsOn, today).Refusal(), group.IsOpen())
        ?? (StartsOn == group.StartsOn && EndsOn == group.EndsOn
            ? Decision.Nothing
            : Decision.Append(new GroupRescheduled(group.Id, StartsOn!.Value, EndsOn!.Value)));
}

/// <summary>Assigning someone already assigned only updates how their name is shown.</summary>
public sealed record AssignFacilitator([Required] string? FacilitatorId, [Required] string? DisplayName)
{
    public Decision Decide(Group group) =>
        Refusals.FirstOf(
            new Fields()
                .Text("facilitatorId", FacilitatorId, GroupRules.FacilitatorIdMax)
                .Text("displayName", DisplayName, GroupRules.NameMax)
                .Refusal(),
            group.IsOpen())
        ?? (group.Facilitators.Any(f => f.FacilitatorId == FacilitatorId && f.DisplayName == DisplayName)
            ? Decision.Nothing
            : Decision.Append(new FacilitatorAssigned(group.Id, FacilitatorId!, DisplayName!)));
}

/// <summary>Removing someone who is not assigned changes nothing, as a repeated DELETE should.</summary>
public sealed record RemoveFacilitator(string FacilitatorId)
{
    public Decision Decide(Group group) =>
        group.IsOpen()
        ?? (group.IsFacilitatedBy(FacilitatorId) ? Decision.Append(new FacilitatorRemoved(group.Id, FacilitatorId)) : Decision.Nothing);
}

public sealed record CloseGroup(string? Reason)
{
    public Decision Decide(Group group) =>
        Refusals.FirstOf(new Fields().Text("reason", Reason, GroupRules.ReasonMax, required: false).Refusal(), group.IsOpen())
        ?? Decision.Append(new GroupClosed(group.Id, string.IsNullOrWhiteSpace(Reason) ? null : Reason));
}
