using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Domain.Cases;

// Each command with its decision (docs/adr/0006): fields (400), what the case's state allows (409),
// the events it appends. A case moves Open -> Resolved | Referred | Closed, and back to Open by reopening.

/// <summary>
/// A case posted for a participant of the group: by its facilitator, or by the participant themself (docs/adr/0026), who
/// may share it with the group for the next exchange session. <paramref name="PostedOn"/>: the day it was brought, when typed
/// in later (docs/adr/0031); by default today.
/// </summary>
public sealed record PostCase([Required] Guid? ParticipantId, [Required] string? Goal, [Required] string? Service, [Required] string? Difficulty, IReadOnlyList<string>? Skills,
    Urgency? Urgency, DateOnly? DueOn, bool? ShareWithGroup = null, DateOnly? PostedOn = null)
{
    public Decision Decide(Guid caseId, Group group, Participant? participant, ServiceList services, SkillCatalogue skills, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Check("participantId", ParticipantId is not null, Says.Required)
                .Details(Goal, Service, Difficulty, Skills, Urgency, DueOn, services, skills, today)
                .Happened("postedOn", PostedOn, today)
                .Check("postedOn", PostedOn is not { } day || day >= group.StartsOn, Says.NotBeforeDay(group.StartsOn))
                .Refusal(),
            participant is null || participant.GroupId != group.Id ? Refusal.NotFound(Thing.ParticipantInGroup) : null,
            group.IsOpen(),
            participant?.IsActive(),
            participant?.IsConsenting())
        ?? Decision.Append(new CasePosted(caseId, group.Id, participant!.Id,
            CaseRules.ToDetails(Goal!, Service!, Difficulty!, Skills, Urgency, DueOn), PostedOn ?? today, ShareWithGroup ?? false));
}

/// <summary>
/// A photo of the letter or the screen the case is about, as re-encoded by the API: its size, or nothing when what was
/// sent is no photo within the bounds. Its bytes are a document of their own, never in the event.
/// </summary>
public sealed record AddCasePhoto(int? Bytes, int Width, int Height)
{
    public const int MaxPhotos = 5;

    /// <param name="maxBytes">The most a photo sent may weigh, said in the refusal.</param>
    public Decision Decide(ProblemCase problem, Guid photoId, int maxBytes) =>
        Refusals.FirstOf(
            new Fields().Check("photo", Bytes is > 0, Says.PhotoExpected(maxBytes)).Refusal(),
            problem.IsNotVoided(),
            problem.PhotosAdded < MaxPhotos ? null : Refusal.Conflict(Says.TooManyPhotos(MaxPhotos)))
        ?? Decision.Append(new CasePhotoAdded(problem.Id, photoId, Bytes!.Value, Width, Height));
}

/// <summary>
/// A request written on the sheet of a drop-in session (the desk, on a day). Nothing need identify the
/// visitor; a contact is kept only with their consent. The time spent with the visitor there and then may come with it
/// (<paramref name="Accompaniment"/>): both are recorded together or neither is.
/// </summary>
/// <param name="VisitorCard">A returning visitor's card code: the request is theirs (docs/adr/0034).</param>
/// <param name="VisitorId">A returning visitor found by the lookup (their pseudonym and postcode area), who agreed to be found.</param>
/// <param name="Findable">The visitor agrees to be found again by their pseudonym and postcode area.</param>
public sealed record RecordDropInRequest(DateOnly? On, IReadOnlyList<string>? Languages, string? Pseudonym, string? PostcodeArea,
    string? Contact, string? ConsentNotice, [Required] string? Goal, [Required] string? Service, [Required] string? Difficulty, IReadOnlyList<string>? Skills,
    Urgency? Urgency, DateOnly? DueOn, FirstAccompaniment? Accompaniment = null, string? VisitorCard = null, Guid? VisitorId = null, bool? Findable = null)
{
    /// <param name="accompanimentId">The first accompaniment's id, when the request comes with one.</param>
    /// <param name="callerId">Who helped the visitor, the one recording it.</param>
    /// <param name="returning">The visitor <see cref="VisitorCard"/> or <see cref="VisitorId"/> names, as found (null: nobody is).</param>
    public Decision Decide(Guid caseId, Guid visitorId, DropInDesk desk, ServiceList services, SkillCatalogue skills, DateOnly today,
        Guid accompanimentId, string callerId, ReturningVisitor? returning = null)
    {
        // An erased visitor's words are gone: nothing is carried over (the request is refused below).
        var known = VisitorCard is null && VisitorId is null || returning is null or { Erased: true } ? null : returning.Latest;
        var pseudonym = Fields.Blank(Pseudonym) ?? known?.Pseudonym;
        var area = Fields.Blank(PostcodeArea) ?? known?.PostcodeArea;
        var findable = Findable ?? known?.Findable ?? false;
        var requested = new DropInRequestRecorded(caseId, desk.Id, On ?? today,
            new Visitor(known is null ? visitorId : returning!.VisitorId, Languages is { Count: > 0 } ? [.. Languages.Distinct()] : known?.Languages ?? [],
                pseudonym, area, Fields.Blank(Contact),
                Fields.Blank(Contact) is null || Fields.Blank(ConsentNotice) is null ? null : new Consent(ConsentNotice!, On ?? today), findable),
            CaseRules.ToDetails(Goal ?? "", Service ?? "", Difficulty ?? "", Skills, Urgency, DueOn));
        var accompanied = Accompaniment?.ToCommand(On).Decide(ProblemCase.Create(requested), accompanimentId,
            new AccompanimentContext(callerId, null, null, []), today);
        var refusal = Refusals.FirstOf(
            Invalid(new Fields()
                .Happened("on", On, today)
                .Languages("languages", Languages, required: false)
                .Text("pseudonym", Pseudonym, CaseRules.PseudonymMax, required: false)
                .Text("postcodeArea", PostcodeArea, CaseRules.PostcodeAreaMax, required: false)
                .Text("contact", Contact, CaseRules.ContactMax, required: false)
                .Text("consentNotice", ConsentNotice, ParticipantRules.NoticeMax, required: false)
                .Check("consentNotice", Fields.Blank(Contact) is null || Fields.Blank(ConsentNotice) is not null,
                    Says.NoticeForContact)
                .Check("visitorCard", VisitorCard is null || VisitorId is null, Says.CardOrVisitor)
                .Check("visitorCard", VisitorCard is null || CardCodes.CanBe(VisitorCard), Says.NotAVisitorCard)
                .Check("findable", !findable || (pseudonym is not null && area is not null), Says.FindableNeedsPseudonymAndArea)
                .Details(Goal, Service, Difficulty, Skills, Urgency, DueOn, services, skills, today)
                .Refusal(), accompanied?.Refusal),
            VisitorCard is null && VisitorId is null ? null
                : returning is null ? Refusal.NotFound(VisitorCard is null ? Thing.Visitor : Thing.VisitorCard)
                : returning.Erased ? Refusal.Conflict(Says.VisitorErased)
                : !returning.ByCard && !returning.Latest.Findable ? Refusal.Conflict(Says.VisitorNotFindable) : null,
            desk.IsOpen(),
            accompanied?.Refusal);
        return refusal ?? Decision.Append([requested, .. accompanied?.Events ?? []]);
    }

    /// <summary>The request's fields at fault and the accompaniment's, under "accompaniment.", in one answer.</summary>
    private static Refusal? Invalid(Refusal? request, Refusal? accompaniment)
    {
        // Its day is the request's, checked as "on".
        var faults = accompaniment is { Kind: RefusalKind.Invalid, Errors: { } errors } ? errors.Where(e => e.Key != "on").ToList() : [];
        if (faults.Count == 0) return request;
        var all = new Dictionary<string, Message[]>(request?.Errors ?? new Dictionary<string, Message[]>());
        foreach (var (field, messages) in faults) all[$"accompaniment.{field}"] = messages;
        return Refusal.Invalid(all);
    }
}

/// <summary>The time spent with a visitor as their request is recorded, by the one recording it, on the same day.</summary>
public sealed record FirstAccompaniment([Required] int? Minutes, [Required] Setting? Setting, [Required] DeviceUsed? Device,
    [Required] ProcedureProgress? Progress, IReadOnlyList<string>? Steps, string? Note)
{
    public RecordAccompaniment ToCommand(DateOnly? on) => new(on, Minutes, Setting, Device, Progress, null, null, null, null, null, Steps, Note);
}

/// <summary>What the decision of an accompaniment needs to know besides the case, as loaded.</summary>
public sealed record AccompanimentContext(string CallerId, Activity? Session, Pairing? Pairing, IReadOnlyCollection<Guid> KnownPeers);

/// <summary>
/// One time someone worked on the case with the person. With no helper named, the caller helped; within
/// a pairing with no helper named, the pairing's helper did (peer help).
/// </summary>
public sealed record RecordAccompaniment(DateOnly? On, [Required] int? Minutes, [Required] Setting? Setting, [Required] DeviceUsed? Device, [Required] ProcedureProgress? Progress,
    IReadOnlyList<string>? StaffIds, IReadOnlyList<Guid>? PeerHelperIds, Guid? ExchangeSessionId, Guid? PairingId, SessionFinding? Finding,
    IReadOnlyList<string>? Steps, string? Note)
{
    public Decision Decide(ProblemCase problem, Guid accompanimentId, AccompanimentContext context, DateOnly today)
    {
        var staff = (StaffIds ?? []).Distinct().ToList();
        var peers = (PeerHelperIds ?? []).Distinct().ToList();
        var fields = new Fields()
            .Check("minutes", Minutes is > 0 and <= CaseRules.MaxMinutes, Says.FromTo(1, CaseRules.MaxMinutes))
            .Choice("setting", Setting)
            .Choice("device", Device)
            .Choice("progress", Progress)
            .Check("staffIds", staff.Count + peers.Count <= CaseRules.MaxHelpers, Says.TooManyHelpers(CaseRules.MaxHelpers))
            .Check("peerHelperIds", peers.All(context.KnownPeers.Contains), Says.NotAPeer)
            .Choice("finding", Finding, required: false)
            .Check("finding", Finding is null || ExchangeSessionId is not null, Says.FindingNeedsSession)
            .Check("pairingId", PairingId is null || ExchangeSessionId is null, Says.PairingOrSession)
            .Steps("steps", Steps, required: false)
            .Text("note", Note, CaseRules.NoteMax, required: false)
            .Day("on", On, problem.PostedOn, today);
        foreach (var id in staff) fields.Text("staffIds", id, GroupRules.FacilitatorIdMax);

        var refusal = Refusals.FirstOf(
            fields.Refusal(),
            ExchangeSessionId is not null && (context.Session is null || context.Session.GroupId != problem.GroupId)
                ? Refusal.NotFound(Thing.ExchangeSessionOfCase) : null,
            PairingId is not null && (context.Pairing is null || problem.ParticipantId is null || !context.Pairing.Involves(problem.ParticipantId.Value))
                ? Refusal.NotFound(Thing.PairingOfCase) : null,
            problem.IsOpen());
        if (refusal is not null) return refusal;

        if (staff.Count == 0 && peers.Count == 0)
        {
            if (context.Pairing is { } pairing) peers.Add(pairing.LearnerId == problem.ParticipantId ? pairing.HelperId : pairing.LearnerId);
            else staff.Add(context.CallerId);
        }
        return Decision.Append(new CaseAccompanied(problem.Id, new Accompaniment(accompanimentId, On ?? context.Session?.On ?? today, Minutes!.Value,
            Setting!.Value, Device!.Value, Progress!.Value, staff, peers, ExchangeSessionId, PairingId, Finding, [.. Steps ?? []], Fields.Blank(Note))));
    }
}

public sealed record ResolveCase([Required] IReadOnlyList<string>? Steps, [Required] Autonomy? Autonomy, DateOnly? On)
{
    public Decision Decide(ProblemCase problem, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Steps("steps", Steps, required: true)
                .Choice("autonomy", Autonomy)
                .Day("on", On, problem.PostedOn, today)
                .Refusal(),
            problem.IsOpen())
        ?? Decision.Append(new CaseResolved(problem.Id, [.. Steps!], Autonomy!.Value, On ?? today));
}

public sealed record ReferCase([Required] Guid? PartnerId, [Required] string? Reason)
{
    public Decision Decide(ProblemCase problem, Partner? partner, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Check("partnerId", PartnerId is not null, Says.Required).Text("reason", Reason, CaseRules.ReasonMax).Refusal(),
            partner is null ? Refusal.NotFound(Thing.Partner)
            : partner.IsActive ? null : Refusal.Conflict(Says.PartnerInactive(partner.Details.Name)),
            problem.IsOpen())
        ?? Decision.Append(new CaseReferred(problem.Id, partner!.Id, Reason!, today));
}

/// <summary>What came of a referral; a later follow-up replaces an earlier one (no news, then helped).</summary>
public sealed record FollowUpReferral([Required] ReferralOutcome? Outcome, string? Note)
{
    public Decision Decide(ProblemCase problem, DateOnly today) =>
        Refusals.FirstOf(
            new Fields()
                .Choice("outcome", Outcome)
                .Text("note", Note, CaseRules.NoteMax, required: false)
                .Refusal(),
            problem.IsNotVoided(),
            problem.Status == CaseStatus.Referred ? null : Refusal.Conflict(Says.OnlyReferredFollowedUp),
            problem.Referral is null ? Refusal.Conflict(Says.MemberRecordsOutcome) : null)
        ?? (problem.Referral!.Outcome == Outcome && problem.Referral.FollowUpNote == Fields.Blank(Note)
            ? Decision.Nothing
            : Decision.Append(new ReferralFollowedUp(problem.Id, problem.Referral.PartnerId, Outcome!.Value, Fields.Blank(Note), today)));
}

/// <summary>Closing without resolution: the person did not come back, the procedure was dropped. A referred case may be closed too.</summary>
public sealed record CloseCase([Required] string? Reason)
{
    public Decision Decide(ProblemCase problem, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Text("reason", Reason, CaseRules.ReasonMax).Refusal(),
            problem.IsNotVoided(),
            problem.Status is CaseStatus.Open or CaseStatus.Referred ? null : Refusal.Conflict(problem.Status == CaseStatus.Resolved ? Says.CaseAlreadyResolved : Says.CaseAlreadyClosed))
        ?? Decision.Append(new CaseClosed(problem.Id, Reason!, today));
}

public sealed record ReopenCase(string? Reason)
{
    public Decision Decide(ProblemCase problem, DateOnly today) =>
        Refusals.FirstOf(
            new Fields().Text("reason", Reason, CaseRules.ReasonMax, required: false).Refusal(),
            problem.IsNotVoided(),
            problem.Status == CaseStatus.Open ? Refusal.Conflict(Says.CaseAlreadyOpen) : null)
        ?? Decision.Append(new CaseReopened(problem.Id, Fields.Blank(Reason), today));
}

/// <summary>
/// The case showed something the person wants to learn. The need goes on the participant's stream
/// (where pairing looks for it), linked to the case; the case records the link: case, need, pairing
/// and progress form one chain.
/// </summary>
public sealed record RevealLearningNeed([Required] string? Skill, [Required] NeedPriority? Priority, DateOnly? Deadline)
{
    public (Decision OnCase, Decision OnParticipant) Decide(ProblemCase problem, Participant? participant, Guid needId, SkillCatalogue skills,
        DateOnly today)
    {
        var need = new DeclareLearningNeed(Skill, Priority, Deadline);
        if (need.Check(skills, today) is { } invalid) return (invalid, Decision.Nothing);
        if (problem.ParticipantId is null || participant is null)
            return (Refusal.Conflict(Says.VisitorNotEnrolled), Decision.Nothing);
        var onParticipant = need.Decide(participant, needId, skills, today, problem.Id);
        return onParticipant.IsRefused
            ? (onParticipant, Decision.Nothing)
            : (Decision.Append(new CaseRevealedNeed(problem.Id, participant.Id, needId, Skill!)), onParticipant);
    }
}

/// <summary>
/// What the case is about, as it really is (the goal, service, kind of difficulty, skills, urgency, due day), with who
/// corrects it and why; in any state but voided. The same details again change nothing.
/// </summary>
public sealed record CorrectCase([Required] string? Goal, [Required] string? Service, [Required] string? Difficulty, IReadOnlyList<string>? Skills,
    Urgency? Urgency, DateOnly? DueOn, [Required] CorrectionReason? Reason, string? Explanation)
{
    public Decision Decide(ProblemCase problem, string by, ServiceList services, SkillCatalogue skills, DateOnly today)
    {
        var refused = Refusals.FirstOf(
            new Fields().Details(Goal, Service, Difficulty, Skills, Urgency, DueOn, services, skills, today).Why(Reason, Explanation).Refusal(),
            problem.IsNotVoided());
        if (refused is not null) return refused;
        var details = CaseRules.ToDetails(Goal!, Service!, Difficulty!, Skills, Urgency, DueOn);
        return details.Goal == problem.Details.Goal && details.Service == problem.Details.Service && details.Difficulty == problem.Details.Difficulty
            && details.Skills.SequenceEqual(problem.Details.Skills) && details.Urgency == problem.Details.Urgency && details.DueOn == problem.Details.DueOn
            ? Decision.Nothing
            : Decision.Append(new CaseCorrected(problem.Id, details, Corrections.Of(by, Reason, Explanation)));
    }
}

/// <summary>A case recorded by mistake counts nowhere any more; its history stays. Voiding it twice is a conflict.</summary>
public sealed record VoidCase([Required] CorrectionReason? Reason, string? Explanation)
{
    public Decision Decide(ProblemCase problem, string by) =>
        Refusals.FirstOf(new Fields().Why(Reason, Explanation).Refusal(), problem.Counts ? null : Refusal.Conflict(Says.AlreadyVoided))
        ?? Decision.Append(new CaseVoided(problem.Id, Corrections.Of(by, Reason, Explanation)));
}

/// <summary>
/// An accompaniment's facts as they were (day, minutes, setting, device, how far it got, steps, note); who helped stays.
/// In any state of the case but voided: a resolved case's time is corrected too.
/// </summary>
public sealed record CorrectAccompaniment([Required] DateOnly? On, [Required] int? Minutes, [Required] Setting? Setting, [Required] DeviceUsed? Device,
    [Required] ProcedureProgress? Progress, IReadOnlyList<string>? Steps, string? Note, [Required] CorrectionReason? Reason, string? Explanation)
{
    public Decision Decide(ProblemCase problem, Guid accompanimentId, string by, DateOnly today)
    {
        var refused = Refusals.FirstOf(
            new Fields()
                .Day("on", On, problem.PostedOn, today)
                .Check("on", On is not null, Says.Required)
                .Check("minutes", Minutes is > 0 and <= CaseRules.MaxMinutes, Says.FromTo(1, CaseRules.MaxMinutes))
                .Choice("setting", Setting)
                .Choice("device", Device)
                .Choice("progress", Progress)
                .Steps("steps", Steps, required: false)
                .Text("note", Note, CaseRules.NoteMax, required: false)
                .Why(Reason, Explanation)
                .Refusal(),
            problem.HasAccompaniment(accompanimentId),
            problem.IsNotVoided(),
            problem.AccompanimentCounts(accompanimentId));
        if (refused is not null) return refused;
        var was = problem.Accompaniments.Single(a => a.AccompanimentId == accompanimentId);
        var now = was with
        {
            On = On!.Value, Minutes = Minutes!.Value, Setting = Setting!.Value, Device = Device!.Value, Progress = Progress!.Value,
            Steps = [.. Steps ?? []], Note = Fields.Blank(Note),
        };
        return now with { Steps = was.Steps } == was && now.Steps.SequenceEqual(was.Steps)
            ? Decision.Nothing
            : Decision.Append(new AccompanimentCorrected(problem.Id, now, Corrections.Of(by, Reason, Explanation)));
    }
}

/// <summary>An accompaniment that should not have been recorded counts nowhere any more; voiding it twice is a conflict.</summary>
public sealed record VoidAccompaniment([Required] CorrectionReason? Reason, string? Explanation)
{
    public Decision Decide(ProblemCase problem, Guid accompanimentId, string by) =>
        Refusals.FirstOf(
            new Fields().Why(Reason, Explanation).Refusal(),
            problem.HasAccompaniment(accompanimentId),
            problem.IsNotVoided(),
            problem.AccompanimentCounts(accompanimentId))
        ?? Decision.Append(new AccompanimentVoided(problem.Id, accompanimentId, Corrections.Of(by, Reason, Explanation)));
}
