namespace LivingLibrary.Domain.Groups;

public sealed record CreateGroup(
    string? Name,
    string? Place,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    IReadOnlyList<string>? Languages);

public sealed record RenameGroup(string? Name);

public sealed record RescheduleGroup(DateOnly? StartsOn, DateOnly? EndsOn);

public sealed record AssignFacilitator(string? FacilitatorId, string? DisplayName);

public sealed record CloseGroup(string? Reason);
