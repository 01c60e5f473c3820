using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.DropIns;

public sealed record OpenDropInDesk([Required] string? Name, [Required] string? Place, [Required] IReadOnlyList<WeeklyHours>? Hours, [Required] IReadOnlyList<string>? Languages)
{
    public Refusal? Check() =>
        new Fields()
            .Text("name", Name, DeskRules.NameMax)
            .Text("place", Place, DeskRules.PlaceMax)
            .Hours(Hours)
            .Languages("languages", Languages)
            .Refusal();

    public Decision Decide(Guid deskId) =>
        Check() ?? Decision.Append(new DropInDeskOpened(deskId, Name!, Place!, [.. Hours!.Distinct()], [.. Languages!.Distinct()]));
}

public sealed record RescheduleDropInDesk([Required] IReadOnlyList<WeeklyHours>? Hours)
{
    public Decision Decide(DropInDesk desk) =>
        Refusals.FirstOf(new Fields().Hours(Hours).Refusal(), desk.IsOpen())
        ?? (desk.Hours.SequenceEqual(Hours!) ? Decision.Nothing : Decision.Append(new DropInDeskRescheduled(desk.Id, [.. Hours!.Distinct()])));
}

public sealed record AssignDeskStaff([Required] string? UserId, [Required] string? DisplayName)
{
    public Decision Decide(DropInDesk desk) =>
        Refusals.FirstOf(
            new Fields().Text("userId", UserId, GroupRules.FacilitatorIdMax).Text("displayName", DisplayName, GroupRules.NameMax).Refusal(),
            desk.IsOpen())
        ?? (desk.Staff.Contains(new DeskStaff(UserId!, DisplayName!))
            ? Decision.Nothing
            : Decision.Append(new DeskStaffAssigned(desk.Id, UserId!, DisplayName!)));
}

public sealed record RemoveDeskStaff(string UserId)
{
    public Decision Decide(DropInDesk desk) =>
        desk.IsOpen() ?? (desk.IsStaffedBy(UserId) ? Decision.Append(new DeskStaffRemoved(desk.Id, UserId)) : Decision.Nothing);
}

public sealed record CloseDropInDesk(string? Reason)
{
    public Decision Decide(DropInDesk desk) =>
        Refusals.FirstOf(new Fields().Text("reason", Reason, GroupRules.ReasonMax, required: false).Refusal(), desk.IsOpen())
        ?? Decision.Append(new DropInDeskClosed(desk.Id, Fields.Blank(Reason)));
}

/// <summary>
/// What a desk tells the public besides its place, hours and languages: its host place, the kinds of staff who welcome
/// people, its accessibility and the services it helps with (codes of the organisation's lists), and its postcode.
/// The whole description is given each time; lists left out are empty.
/// </summary>
public sealed record DescribeDropInDesk(string? HostPlace, IReadOnlyList<string>? StaffKinds, IReadOnlyList<string>? Accessibility,
    IReadOnlyList<string>? Services, string? Postcode)
{
    public Refusal? Check(DeskVocabulary lists, ServiceList services) =>
        new Fields()
            .Check("hostPlace", string.IsNullOrWhiteSpace(HostPlace) || lists.Find(lists.HostPlaces, HostPlace) is not null, Says.NotOneOfCodes(HostPlace, lists.HostPlaces.Select(c => c.Code)))
            .Codes("staffKinds", StaffKinds, lists.StaffKinds.Select(c => c.Code))
            .Codes("accessibility", Accessibility, lists.Accessibility.Select(c => c.Code))
            .Codes("services", Services, services.All.Select(s => s.Code))
            .Check("postcode", string.IsNullOrWhiteSpace(Postcode) || DeskRules.IsPostcode(Postcode), Says.NotAPostcode)
            .Refusal();

    public Decision Decide(DropInDesk desk, DeskVocabulary lists, ServiceList services)
    {
        if (Refusals.FirstOf(Check(lists, services), desk.IsOpen()) is { } refused) return refused;
        var described = new DeskDescription(Fields.Blank(HostPlace), [.. (StaffKinds ?? []).Distinct()], [.. (Accessibility ?? []).Distinct()],
            [.. (Services ?? []).Distinct()], Fields.Blank(Postcode));
        return desk.Description.Same(described) ? Decision.Nothing : Decision.Append(new DropInDeskDescribed(desk.Id, described));
    }
}
