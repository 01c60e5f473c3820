using System.Security.Cryptography;
using System.Text;

namespace LivingLibrary.Domain.Privacy;

/// <summary>How long the organisation keeps a person's data once they are gone: months after leaving (a visitor: after their last request). Null: no automatic erasure.</summary>
public sealed record RetentionSet(string OrganisationId, int? MonthsAfterLeaving);

/// <summary>The organisation's retention setting: one stream per organisation, at an id derived from the organisation's.</summary>
public sealed record RetentionPolicy(Guid Id, string OrganisationId, int? MonthsAfterLeaving)
{
    public const int MonthsMax = 240;

    public int Version { get; set; }

    public static Guid StreamId(string organisationId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"retention:{organisationId}")).AsSpan(0, 16));

    public static RetentionPolicy Create(RetentionSet e) => new(StreamId(e.OrganisationId), e.OrganisationId, e.MonthsAfterLeaving);

    public RetentionPolicy Apply(RetentionSet e) => this with { MonthsAfterLeaving = e.MonthsAfterLeaving };
}

public sealed record SetRetention(int? MonthsAfterLeaving)
{
    public Decision Decide(RetentionPolicy? policy, Caller caller) =>
        Refusals.FirstOf(
            caller.IsCoordinator ? null : Refusal.Forbidden(Says.CoordinatorSetsRetention),
            new Fields().Check("monthsAfterLeaving", MonthsAfterLeaving is null or (>= 1 and <= RetentionPolicy.MonthsMax),
                Says.RetentionMonths(RetentionPolicy.MonthsMax)).Refusal())
        ?? (policy?.MonthsAfterLeaving == MonthsAfterLeaving && policy is not null
            ? Decision.Nothing
            : Decision.Append(new RetentionSet(caller.OrganisationId, MonthsAfterLeaving)));
}

public enum PersonKind
{
    Participant,
    Visitor,
}

/// <summary>Someone whose data is past the organisation's retention: gone since <see cref="GoneOn"/>, to erase from <see cref="DueOn"/>.</summary>
public sealed record DueForErasure(PersonKind Kind, Guid Id, DateOnly GoneOn, DateOnly DueOn);

public static class Retention
{
    /// <summary>Who is due, oldest first: a participant who left, a visitor after their last request, past the months set; never one already erased.</summary>
    public static IReadOnlyList<DueForErasure> Due(int? monthsAfterLeaving, IEnumerable<(Guid Id, DateOnly LeftOn)> leavers,
        IEnumerable<(Guid Id, DateOnly LastSeenOn)> visitors, DateOnly today) =>
        monthsAfterLeaving is not { } months
            ? []
            : [.. leavers.Select(p => new DueForErasure(PersonKind.Participant, p.Id, p.LeftOn, p.LeftOn.AddMonths(months)))
                .Concat(visitors.Select(v => new DueForErasure(PersonKind.Visitor, v.Id, v.LastSeenOn, v.LastSeenOn.AddMonths(months))))
                .Where(d => d.DueOn <= today).OrderBy(d => d.DueOn).ThenBy(d => d.Id)];
}
