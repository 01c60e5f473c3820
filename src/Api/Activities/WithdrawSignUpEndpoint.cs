namespace LivingLibrary.Api.Activities;

public static class WithdrawSignUpEndpoint
{
    public static Task<ActivityContext> LoadAsync(WithdrawSignUp command, Activity activity, IQuerySession session) =>
        session.GroupOfAsync(activity, command?.ParticipantId);

    public static ProblemDetails Validate(WithdrawSignUp command, Activity activity, ActivityContext context, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySignUp(context, command?.ParticipantId, user.Caller()));

    [WolverinePost("/api/activities/{activityId}/occurrences/{plannedFor}/withdraw"), Tags("Programme")]
    [EndpointSummary("A participant no longer comes to an occurrence they had signed up for (staff for them, or themself)")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    public static (Reply<Activity>, Events) Post(WithdrawSignUp command, [WriteAggregate("activityId")] Activity activity, string plannedFor) =>
        command.Decide(activity, ProgrammeAccess.Day(plannedFor)).Reply<Activity>();
}
