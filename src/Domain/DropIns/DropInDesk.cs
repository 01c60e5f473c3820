namespace LivingLibrary.Domain.DropIns;

/// <summary>A weekly opening of a desk, e.g. Tuesday 09:30-12:00.</summary>
public sealed record WeeklyHours(DayOfWeek Day, TimeOnly From, TimeOnly Until);

/// <summary>Who staffs a desk: a public IT worker, a volunteer or a facilitator, known by their user id.</summary>
public sealed record DeskStaff(string UserId, string DisplayName);

public sealed record DropInDeskOpened(Guid DeskId, string Name, string Place, IReadOnlyList<WeeklyHours> Hours, IReadOnlyList<string> Languages);

public sealed record DropInDeskRescheduled(Guid DeskId, IReadOnlyList<WeeklyHours> Hours);

public sealed record DeskStaffAssigned(Guid DeskId, string UserId, string DisplayName);

public sealed record DeskStaffRemoved(Guid DeskId, string UserId);

public sealed record DropInDeskClosed(Guid DeskId, string? Reason);

/// <summary>
/// A drop-in desk of an organisation (a place, weekly hours, the people who staff it). Each day it
/// opens is a drop-in session, whose sheet is the requests recorded at the desk that day.
/// </summary>
public sealed record DropInDesk(Guid Id, string Name, string Place, IReadOnlyList<WeeklyHours> Hours, IReadOnlyList<string> Languages,
    IReadOnlyList<DeskStaff> Staff, bool IsClosed)
{
    public int Version { get; set; }

    public static DropInDesk Create(DropInDeskOpened e) => new(e.DeskId, e.Name, e.Place, e.Hours, e.Languages, [], false);

    public DropInDesk Apply(DropInDeskRescheduled e) => this with { Hours = e.Hours };

    public DropInDesk Apply(DeskStaffAssigned e) =>
        this with { Staff = [.. Staff.Where(s => s.UserId != e.UserId), new DeskStaff(e.UserId, e.DisplayName)] };

    public DropInDesk Apply(DeskStaffRemoved e) => this with { Staff = [.. Staff.Where(s => s.UserId != e.UserId)] };

    public DropInDesk Apply(DropInDeskClosed _) => this with { IsClosed = true };

    public bool IsStaffedBy(string userId) => Staff.Any(s => s.UserId == userId);
}

/// <summary>Who may do what at a desk. Coordinators run the organisation's desks; staff see and work at theirs.</summary>
public static class DeskRules
{
    public const int NameMax = 120;
    public const int PlaceMax = 200;
    public const int MaxHours = 21;

    public static Refusal? MaySee(this DropInDesk? desk, Caller caller) =>
        desk is not null && (caller.IsCoordinator || desk.IsStaffedBy(caller.UserId)) ? null : Refusal.NotFound(Thing.DropInDesk);

    public static Refusal? MayManage(this DropInDesk desk, Caller caller) =>
        desk.MaySee(caller) ?? (caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorManagesDesk));

    public static Refusal? MayOpenDesks(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorOpensDesks);

    public static Refusal? IsOpen(this DropInDesk desk) => desk.IsClosed ? Refusal.Conflict(Says.DeskClosed) : null;

    internal static Fields Hours(this Fields fields, IReadOnlyList<WeeklyHours>? hours) =>
        fields
            .Check("hours", hours is { Count: > 0 }, Says.OpeningRequired)
            .Check("hours", hours is null || hours.Count <= MaxHours, Says.TooManyOpenings(MaxHours))
            .Check("hours", hours is null || hours.All(h => h is not null && Enum.IsDefined(h.Day) && h.Until > h.From),
                Says.NotAnOpening(Choices.NamesOf(typeof(DayOfWeek))));
}
