namespace LivingLibrary.Api.Journal;

/// <summary>How a route names the person it reads about: by their own id, or by the id of one of their cases.</summary>
public enum NamedBy
{
    Participant,
    Visitor,
    Case,

    /// <summary>A referral received from a network's member: its person is this organisation's visitor of the referral.</summary>
    Referral,
}

/// <summary>
/// A route that shows a person's data: every successful read of it (2xx) is written in the access journal
/// (<see cref="AccessJournal"/>) before the answer leaves. <paramref name="routeArgument"/> is the route value that
/// names the person, as <paramref name="namedBy"/> says.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JournalledAttribute(PersonalRead read, string routeArgument, NamedBy namedBy = NamedBy.Participant) : Attribute
{
    public PersonalRead Read { get; } = read;
    public string RouteArgument { get; } = routeArgument;
    public NamedBy NamedBy { get; } = namedBy;
}
