namespace LivingLibrary.Api.Activities;

public static class SignUpForOccurrenceEndpoint
{
    public static Task<ActivityContext> LoadAsync(SignUpForOccurrence command, Activity activity, IQuerySession session) =>
        session.GroupOfAsync(activity, command?.ParticipantId);

    public static ProblemDetails Validate(SignUpForOccurrence command, Activity activity, ActivityContext context, ClaimsPrincipal user) =>
        Problems.FirstOf(activity.MaySignUp(context, command?.ParticipantId, user.Caller()));

    [WolverinePost("/api/activities/{activityId}/occurrences/{plannedFor}/sign-up"), Tags("Programme")]
    [EndpointSummary("Sign a participant up for an occurrence (staff for anyone of the group, a participant for themself), within its capacity")]
    [ForCallers(CallerKinds.OrganisationStaff | CallerKinds.Participant)]
    public static (Reply<Activity>, Events) Post(SignUpForOccurrence command, [WriteAggregate("activityId")] Activity activity, ActivityContext context,
        string plannedFor) =>
        command.Decide(activity, ProgrammeAccess.Day(plannedFor), context.Participant, context.Group!).Reply<Activity>();
}
