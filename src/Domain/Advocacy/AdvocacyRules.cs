namespace LivingLibrary.Domain.Advocacy;

/// <summary>Advocacy is the coordinators': they speak for the organisation to services and authorities.</summary>
public static class AdvocacyRules
{
    public const int TitleMax = 200;
    public const int DemandMax = 4_000;
    public const int RecipientMax = 200;
    public const int AnswerMax = 4_000;

    public static Refusal? MayAdvocate(this Caller caller) =>
        caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorAdvocates);

    public static Refusal? IsDraft(this AdvocacyPoint point) =>
        point.Status == AdvocacyStatus.Draft ? null : Refusal.Conflict(Says.DemandSent);

    public static Refusal? IsNotClosed(this AdvocacyPoint point) =>
        point.Status == AdvocacyStatus.Closed ? Refusal.Conflict(Says.DemandClosed) : null;
}
