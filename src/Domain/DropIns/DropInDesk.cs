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

/// <summary>What the directory tells the public of a desk besides its place, hours and languages (docs/adr/0032).</summary>
public sealed record DeskDescription(string? HostPlace, IReadOnlyList<string> StaffKinds, IReadOnlyList<string> Accessibility,
    IReadOnlyList<string> Services, string? Postcode)
{
    public static DeskDescription None { get; } = new(null, [], [], [], null);

    public bool Same(DeskDescription other) =>
        HostPlace == other.HostPlace && Postcode == other.Postcode && StaffKinds.SequenceEqual(other.StaffKinds)
        && Accessibility.SequenceEqual(other.Accessibility) && Services.SequenceEqual(other.Services);
}

public sealed record DropInDeskDescribed(Guid DeskId, DeskDescription Description);

/// <summary>
/// A drop-in desk of an organisation (a place, weekly hours, the people who staff it). Each day it
/// opens is a drop-in session, whose sheet is the requests recorded at the desk that day.
/// </summary>
public sealed record DropInDesk(Guid Id, string Name, string Place, IReadOnlyList<WeeklyHours> Hours, IReadOnlyList<string> Languages,
    IReadOnlyList<DeskStaff> Staff, bool IsClosed)
{
    public int Version { get; set; }

    /// <summary>When the desk last changed (its last event's time, kept by the store): what a directory's export dates it by.</summary>
    public DateTimeOffset LastModified { get; set; }

    public DeskDescription Description { get; init; } = DeskDescription.None;

    public static DropInDesk Create(DropInDeskOpened e) => new(e.DeskId, e.Name, e.Place, e.Hours, e.Languages, [], false);

    public DropInDesk Apply(DropInDeskRescheduled e) => this with { Hours = e.Hours };

    public DropInDesk Apply(DeskStaffAssigned e) =>
        this with { Staff = [.. Staff.Where(s => s.UserId != e.UserId), new DeskStaff(e.UserId, e.DisplayName)] };

    public DropInDesk Apply(DeskStaffRemoved e) => this with { Staff = [.. Staff.Where(s => s.UserId != e.UserId)] };

    public DropInDesk Apply(DropInDeskClosed _) => this with { IsClosed = true };

    public DropInDesk Apply(DropInDeskDescribed e) => this with { Description = e.Description };

    public bool IsStaffedBy(string userId) => Staff.Any(s => s.UserId == userId);
}

/// <summary>Who may do what at a desk. Coordinators run the organisation's desks; staff see and work at theirs.</summary>
public static class DeskRules
{
    public const int NameMax = 120;
    public const int PlaceMax = 200;
    public const int MaxHours = 21;
    public const int MaxCodes = 30;

    public static Refusal? MaySee(this DropInDesk? desk, Caller caller) =>
        desk is not null && (caller.IsCoordinator || desk.IsStaffedBy(caller.UserId)) ? null : Refusal.NotFound(Thing.DropInDesk);

    public static Refusal? MayManage(this DropInDesk desk, Caller caller) =>
        desk.MaySee(caller) ?? (caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorManagesDesk));

    public static Refusal? MayOpenDesks(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorOpensDesks);

    public static Refusal? IsOpen(this DropInDesk desk) => desk.IsClosed ? Refusal.Conflict(Says.DeskClosed) : null;

    /// <summary>A postcode area: the Belgian postcode of four digits, or another country's of up to ten letters and digits.</summary>
    public static bool IsPostcode(string postcode) => postcode.Length is >= 4 and <= 10 && postcode.All(char.IsAsciiLetterOrDigit);

    /// <summary>Each of <paramref name="codes"/> one of <paramref name="known"/>, at most <see cref="MaxCodes"/>; none is fine.</summary>
    internal static Fields Codes(this Fields fields, string field, IReadOnlyList<string>? codes, IEnumerable<string> known)
    {
        if (codes is null) return fields;
        var names = known.ToList();
        fields.Check(field, codes.Count <= MaxCodes, Says.TooManyCodes(MaxCodes));
        foreach (var (code, i) in codes.Take(MaxCodes).Select((c, i) => (c, i)))
            fields.Check($"{field}[{i}]", code is not null && names.Contains(code), Says.NotOneOfCodes(code, names));
        return fields;
    }

    internal static Fields Hours(this Fields fields, IReadOnlyList<WeeklyHours>? hours) =>
        fields
            .Check("hours", hours is { Count: > 0 }, Says.OpeningRequired)
            .Check("hours", hours is null || hours.Count <= MaxHours, Says.TooManyOpenings(MaxHours))
            .Check("hours", hours is null || hours.All(h => h is not null && Enum.IsDefined(h.Day) && h.Until > h.From),
                Says.NotAnOpening(Choices.NamesOf(typeof(DayOfWeek))));
}
