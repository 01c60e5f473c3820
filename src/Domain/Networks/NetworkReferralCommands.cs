using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;

namespace LivingLibrary.Domain.Networks;

// Each command with its decision (docs/adr/0006, docs/adr/0033).

/// <summary>
/// Refer a case to a desk of another member of a network the organisation is in, passing on only what the person agreed to
/// (<see cref="PassOn"/>, under the notice of <see cref="Consent"/>). One decision per stream: the link on the case, the
/// referral started in the receiving member's tenant.
/// </summary>
public sealed record ReferCaseToMember([Required] Guid? NetworkId, [Required] string? OrganisationId, [Required] Guid? DeskId,
    IReadOnlyList<PassedOn>? PassOn, [Required] GivenConsent? Consent)
{
    /// <param name="desk">The desk, read in the receiving member's tenant (null when it has none of that id).</param>
    /// <param name="person">The person's details as the case's organisation knows them (a participant's or the visitor's).</param>
    public (Decision OnCase, Decision OnReferral) Decide(ProblemCase problem, Network? network, Caller caller, DropInDesk? desk, Participant? participant,
        Guid referralId, Guid visitorId, DateOnly today)
    {
        var refused = Refusals.FirstOf(
            new Fields()
                .Check("networkId", NetworkId is not null, Says.Required)
                .Text("organisationId", OrganisationId, 63)
                .Check("deskId", DeskId is not null, Says.Required)
                .Choices("passOn", PassOn)
                .Check("consent", Consent is not null, Says.ConsentRequired)
                .Consent("consent.", Consent?.Notice, Consent?.Version, Consent?.GivenOn, today, required: Consent is not null)
                .Refusal(),
            network.MaySee(caller),
            network?.IsMember(caller.OrganisationId) == true ? null : Refusal.Conflict(Says.NotAMemberOfNetwork),
            OrganisationId == caller.OrganisationId ? Refusal.Conflict(Says.ReferWithinYourOwn) : null,
            network?.IsMember(OrganisationId!) == true ? null : Refusal.Conflict(Says.NotAMemberToReferTo(OrganisationId)),
            desk is null ? Refusal.NotFound(Thing.DropInDesk) : desk.IsOpen(),
            problem.IsOpen(),
            participant?.IsConsenting());
        if (refused is not null) return (refused, Decision.Nothing);

        var passOn = (PassOn ?? []).Distinct().Order().ToList();
        var consent = Consent!.Given();
        var passed = new PassedDetails(
            passOn.Contains(PassedOn.Name) ? participant?.Person.DisplayName ?? problem.Visitor?.Pseudonym : null,
            passOn.Contains(PassedOn.Contact) ? participant?.Person.Contact ?? problem.Visitor?.Contact : null,
            passOn.Contains(PassedOn.Problem) ? problem.Details.Goal : null,
            passOn.Contains(PassedOn.Languages) ? participant?.Languages ?? problem.Visitor?.Languages ?? [] : []);
        return (
            Decision.Append(new CaseReferredToMember(problem.Id, referralId, network!.Id, OrganisationId!, desk!.Id, passOn, consent, today)),
            Decision.Append(new ReferralReceived(referralId, network.Id, caller.OrganisationId, desk.Id, visitorId, problem.Details.Service,
                problem.Details.Difficulty, passed, consent, today)));
    }
}

internal static class ReferralFields
{
    /// <summary>Each item one of the choices' names, named by its place in the list.</summary>
    internal static Fields Choices<T>(this Fields fields, string field, IReadOnlyList<T>? items) where T : struct, Enum
    {
        foreach (var (item, i) in (items ?? []).Select((item, i) => (item, i)))
            fields.Check($"{field}[{i}]", Enum.IsDefined(item), Domain.Choices.NotAName(typeof(T)));
        return fields;
    }
}

public static class AcceptReferral
{
    public static Decision Decide(NetworkReferral referral, DateOnly today) =>
        referral.Status switch
        {
            ReferralStatus.Accepted => Decision.Nothing,
            ReferralStatus.Declined => Refusal.Conflict(Says.ReferralAlreadyDeclined),
            _ => Decision.Append(new ReferralAccepted(referral.Id, today)),
        };
}

public sealed record DeclineReferral([Required] DeclineReason? Reason, string? Note)
{
    public Decision Decide(NetworkReferral referral, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Choice("reason", Reason).Text("note", Note, NetworkReferral.NoteMax, required: false).Refusal(),
            referral.Status == ReferralStatus.Accepted ? Refusal.Conflict(Says.ReferralAlreadyAccepted) : null)
        ?? (referral.Status == ReferralStatus.Declined && referral.DeclineReason == Reason && referral.DeclineNote == Fields.Blank(Note)
            ? Decision.Nothing
            : Decision.Append(new ReferralDeclined(referral.Id, Reason!.Value, Fields.Blank(Note), today)));
}

/// <summary>What came of an accepted referral; a later outcome replaces an earlier one (did not come, then came and was helped).</summary>
public sealed record RecordReferralOutcome([Required] ReferralResult? Result, string? Note)
{
    public Decision Decide(NetworkReferral referral, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Choice("result", Result).Text("note", Note, NetworkReferral.NoteMax, required: false).Refusal(),
            referral.Status == ReferralStatus.Accepted ? null : Refusal.Conflict(Says.AcceptReferralFirst))
        ?? (referral.Result == Result && referral.ResultNote == Fields.Blank(Note)
            ? Decision.Nothing
            : Decision.Append(new ReferralOutcomeRecorded(referral.Id, Result!.Value, Fields.Blank(Note), today)));
}
