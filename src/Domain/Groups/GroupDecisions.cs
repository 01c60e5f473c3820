namespace LivingLibrary.Domain.Groups;

/// <summary>
/// The events each accepted group command produces. Commands reach these only once
/// <see cref="GroupRules"/> accepted them; a change to what is already true produces nothing.
/// </summary>
public static class GroupDecisions
{
    public static GroupCreated Create(Guid groupId, CreateGroup c) =>
        new(groupId, c.Name!, c.Place!, c.StartsOn!.Value, c.EndsOn!.Value, [.. c.Languages!.Distinct()]);

    public static IEnumerable<object> Rename(Group group, RenameGroup c)
    {
        if (c.Name != group.Name) yield return new GroupRenamed(group.Id, c.Name!);
    }

    public static IEnumerable<object> Reschedule(Group group, RescheduleGroup c)
    {
        if (c.StartsOn != group.StartsOn || c.EndsOn != group.EndsOn)
            yield return new GroupRescheduled(group.Id, c.StartsOn!.Value, c.EndsOn!.Value);
    }

    public static IEnumerable<object> Assign(Group group, AssignFacilitator c)
    {
        var current = group.Facilitators.FirstOrDefault(f => f.FacilitatorId == c.FacilitatorId);
        if (current?.DisplayName != c.DisplayName)
            yield return new FacilitatorAssigned(group.Id, c.FacilitatorId!, c.DisplayName!);
    }

    public static IEnumerable<object> Remove(Group group, string facilitatorId)
    {
        if (group.IsFacilitatedBy(facilitatorId)) yield return new FacilitatorRemoved(group.Id, facilitatorId);
    }

    public static GroupClosed Close(Group group, CloseGroup c) => new(group.Id, string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason);
}
