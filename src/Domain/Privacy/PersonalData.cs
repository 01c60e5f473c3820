using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Pairings;

namespace LivingLibrary.Domain.Privacy;

/// <summary>
/// Every text field of every event, classified (docs/adr/0014): personal (it says something of a participant or a drop-in
/// visitor, and is masked when they are erased) or not (codes, the organisation's and its staff's words). A test fails
/// when an event has a text field this page does not name, so a new feature cannot forget erasure. Ids stay: after an
/// erasure they point to a record that says nothing of the person, and the statistics keep counting. Free texts may name
/// anyone, whoever wrote them: on erasure, each of them (<see cref="MayName"/>) is searched for the person's names.
/// </summary>
public static class PersonalData
{
    public const string Erased = "[erased]";

    /// <summary>The events that correct or void a record, each with its <see cref="Correction"/>.</summary>
    private static readonly string[] Why =
        ["HelpSessionCorrected", "HelpSessionVoided", "CaseCorrected", "CaseVoided", "AccompanimentCorrected", "AccompanimentVoided",
         "NamedAnswersCorrected", "NamedAnswersVoided"];

    /// <summary>Texts about the person, as <c>Event.Path</c>.</summary>
    public static readonly IReadOnlySet<string> Personal = new HashSet<string>
    {
        "ParticipantEnrolled.Person.DisplayName", "ParticipantEnrolled.Person.Contact",
        "ParticipantDetailsUpdated.Person.DisplayName", "ParticipantDetailsUpdated.Person.Contact",
        "ParticipantLeft.Reason",
        "CasePosted.Details.Goal", "DropInRequestRecorded.Details.Goal",
        "DropInRequestRecorded.Visitor.Pseudonym", "DropInRequestRecorded.Visitor.Contact", "DropInRequestRecorded.Visitor.PostcodeArea",
        "CaseAccompanied.Accompaniment.Note", "CaseAccompanied.Accompaniment.Steps[]", "CaseResolved.Steps[]",
        "CaseReferred.Reason", "ReferralFollowedUp.Note", "CaseClosed.Reason", "CaseReopened.Reason",
        "PairingProposed.Explanation", "HelpSessionLogged.WorkedOn", "PairingDeclined.Reason", "PairingWithdrawn.Reason",
        "PairingEnded.Reason", "PairingEnded.LearnerFeedback", "PairingEnded.HelperFeedback",
        "NamedAnswersRecorded.Answers[].Text",
        "DeviceReturned.Note", "HelpAroundGiven.How",
        // Corrections: the corrected facts are as personal as the first ones, and a reason's words may say anything.
        "HelpSessionCorrected.WorkedOn", "CaseCorrected.Details.Goal", "AccompanimentCorrected.Accompaniment.Note",
        "AccompanimentCorrected.Accompaniment.Steps[]", "NamedAnswersCorrected.Answers[].Text",
        // What a person agreed to pass on to a network's member, and what that member wrote of them (docs/adr/0033).
        "ReferralReceived.Passed.Name", "ReferralReceived.Passed.Contact", "ReferralReceived.Passed.Problem", "ReferralDeclined.Note",
        "ReferralOutcomeRecorded.Note",
    }.Concat(Why.Select(e => $"{e}.Why.Explanation")).ToHashSet();


    /// <summary>Texts that are not a person's, each with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotPersonal = Classified(
        (Codes, [
            "SkillAssessed.Skill", "SkillAssessed.Tool", "HelpOffered.Skill", "HelpOfferReviewed.Skill", "HelpOfferWithdrawn.Skill", "LearningNeedDeclared.Skill",
            "ParticipantEnrolled.Languages[]", "ParticipantEnrolled.Consent.Notice", "ParticipantDetailsUpdated.Languages[]", "ConsentRecorded.Consent.Notice",
            "CasePosted.Details.Service", "CasePosted.Details.Difficulty", "CasePosted.Details.Skills[]", "CaseRevealedNeed.Skill",
            "DropInRequestRecorded.Details.Service", "DropInRequestRecorded.Details.Difficulty", "DropInRequestRecorded.Details.Skills[]",
            "DropInRequestRecorded.Visitor.Languages[]", "DropInRequestRecorded.Visitor.Consent.Notice", "PairingProposed.Skill",
            "PairingsSuggested.Suggestion.Pairs[].Subject", "PairingProposed.Pair.Subject", "PairingsSuggested.Suggestion.Unmatched[].Subject", "PairingsSuggested.Suggestion.Request.Needs[].Subject",
            "PairingsSuggested.Suggestion.Request.Needs[].Languages[]", "PairingsSuggested.Suggestion.Request.Helpers[].Languages[]",
            "PairingsSuggested.Suggestion.Request.Helpers[].Offers[].Subject", "PairingsSuggested.Suggestion.Request.PastPairings[].Subject",
            "PairingsSuggested.Suggestion.Request.RelatedSubjects[].Subject", "PairingsSuggested.Suggestion.Request.RelatedSubjects[].OtherSubject",
            "CampaignOpened.Questions[].Key", "CampaignOpened.Questions[].Task", "NamedAnswersRecorded.Answers[].Question",
            "AnonymousAnswersRecorded.Answers[].Question", "DeviceLent.Agreement.Notice",
            "AdvocacyPointDrafted.Evidence.Service", "AdvocacyPointDrafted.Evidence.Difficulty", "AdvocacyPointDrafted.Evidence.From", "AdvocacyPointDrafted.Evidence.To",
            "AdvocacyEvidenceUpdated.Evidence.Service", "AdvocacyEvidenceUpdated.Evidence.Difficulty", "AdvocacyEvidenceUpdated.Evidence.From",
            "AdvocacyEvidenceUpdated.Evidence.To", "OrganisationServiceAdded.Code", "OrganisationTaskAdded.Code", "OrganisationTaskAdded.Competences[]",
            "KnowledgeEntryDrafted.Content.Service", "KnowledgeEntryDrafted.Content.Difficulty", "KnowledgeEntryDrafted.Content.Skills[]",
            "KnowledgeEntryDrafted.Content.Language", "KnowledgeEntryRevised.Content.Service", "KnowledgeEntryRevised.Content.Difficulty",
            "KnowledgeEntryRevised.Content.Skills[]", "KnowledgeEntryRevised.Content.Language",
            "GroupCreated.Languages[]", "DropInDeskOpened.Languages[]", "PartnerListed.Details.Services[]", "PartnerListed.Details.Difficulties[]",
            "PartnerListed.Details.Languages[]", "PartnerListed.Details.Areas[]", "PartnerDetailsChanged.Details.Services[]",
            "PartnerDetailsChanged.Details.Difficulties[]", "PartnerDetailsChanged.Details.Languages[]", "PartnerDetailsChanged.Details.Areas[]",
            "FunderReportIssued.Sha256", "DeviceRegistered.Identifier", "HelpAroundGiven.Task",
            "CaseCorrected.Details.Service", "CaseCorrected.Details.Difficulty", "CaseCorrected.Details.Skills[]", "NamedAnswersCorrected.Answers[].Question",
            "ActivityPlanned.Themes[]", "ActivityPlanned.Tasks[]", "ActivityPlanned.Recurrence.Rule", "CalendarLinkCreated.SecretHash",
            "ActivityChanged.Themes[]", "ActivityChanged.Tasks[]",
            // A desk's public description (docs/adr/0032): codes of the organisation's lists, and the postcode of a place, not of a person.
            "DeskListEntryAdded.Code", "DropInDeskDescribed.Description.HostPlace", "DropInDeskDescribed.Description.StaffKinds[]",
            "DropInDeskDescribed.Description.Accessibility[]", "DropInDeskDescribed.Description.Services[]", "DropInDeskDescribed.Description.Postcode",
            "CaseReferredToMember.Consent.Notice", "ReferralReceived.Consent.Notice", "ReferralReceived.Service", "ReferralReceived.Difficulty",
            "ReferralReceived.Passed.Languages[]",
        ]),
        (OwnWords, [
            "GroupCreated.Name", "GroupCreated.Place", "GroupRenamed.Name", "GroupClosed.Reason", "DropInDeskOpened.Name", "DropInDeskOpened.Place",
            "DropInDeskClosed.Reason", "PartnerListed.Details.Name", "PartnerListed.Details.Contact", "PartnerListed.Details.OpeningHours",
            "PartnerListed.Details.Accessibility", "PartnerDetailsChanged.Details.Name", "PartnerDetailsChanged.Details.Contact",
            "PartnerDetailsChanged.Details.OpeningHours", "PartnerDetailsChanged.Details.Accessibility", "PartnerDeactivated.Reason",
            "CampaignOpened.Questions[].Text.Fr", "CampaignOpened.Questions[].Text.Nl", "CampaignOpened.Questions[].Text.En",
            "OrganisationQuestionAdded.Text.Fr", "OrganisationQuestionAdded.Text.Nl", "OrganisationQuestionAdded.Text.En",
            "OrganisationQuestionReworded.Text.Fr", "OrganisationQuestionReworded.Text.Nl", "OrganisationQuestionReworded.Text.En",
            "OrganisationServiceAdded.Name.Fr", "OrganisationServiceAdded.Name.Nl", "OrganisationServiceAdded.Name.En",
            "OrganisationTaskAdded.Name.Fr", "OrganisationTaskAdded.Name.Nl", "OrganisationTaskAdded.Name.En",
            "DeskListEntryAdded.Name.Fr", "DeskListEntryAdded.Name.Nl", "DeskListEntryAdded.Name.En",
            "KnowledgeEntryDrafted.Content.Title", "KnowledgeEntryDrafted.Content.Situation", "KnowledgeEntryDrafted.Content.Steps[]",
            "KnowledgeEntryRevised.Content.Title", "KnowledgeEntryRevised.Content.Situation", "KnowledgeEntryRevised.Content.Steps[]",
            "ConclusionsRecorded.Conclusions.WhatWorked", "ConclusionsRecorded.Conclusions.WhatDidNot", "ConclusionsRecorded.Conclusions.WhatNext",
            "ExchangeSessionHeld.Theme", "AdvocacyPointDrafted.Title", "AdvocacyPointDrafted.Demand", "AdvocacyPointRevised.Title",
            "AdvocacyPointRevised.Demand", "AdvocacyPointSent.To", "AdvocacyPointAnswered.Answer", "AdvocacyPointClosed.Reason",
            "NetworkFounded.Name", "DeviceRegistered.Note", "DeviceConditionRecorded.Note", "DeviceRetired.Reason",
            "ActivityPlanned.Title", "ActivityPlanned.Place", "ActivityPlanned.Host", "OccurrenceMoved.Place", "OccurrenceCancelled.Reason",
            "ActivityChanged.Title", "ActivityChanged.Place", "ActivityChanged.Host",
        ]),
        (AnonymousAnswers, ["AnonymousAnswersRecorded.Answers[].Text"]),
        (Staff, [
            "FacilitatorAssigned.FacilitatorId", "FacilitatorAssigned.DisplayName", "FacilitatorRemoved.FacilitatorId",
            "DeskStaffAssigned.UserId", "DeskStaffAssigned.DisplayName", "DeskStaffRemoved.UserId", "CaseAccompanied.Accompaniment.StaffIds[]",
            "KnowledgeEntryDrafted.AuthorId", "KnowledgeEntryReviewed.ReviewerId", "FunderReportIssued.IssuedBy",
            "NetworkFounded.OrganisationId", "OrganisationInvited.OrganisationId", "OrganisationInvited.InvitedBy", "OrganisationJoined.OrganisationId",
            "OrganisationLeftNetwork.OrganisationId", "NetworkCoordinatorAppointed.UserId", "NetworkCoordinatorAppointed.DisplayName",
            "NetworkCoordinatorRemoved.UserId", "CalendarLinkCreated.FacilitatorId", "RetentionSet.OrganisationId", "CaseReferredToMember.OrganisationId", "ReferralReceived.FromOrganisation", "AccompanimentCorrected.Accompaniment.StaffIds[]",
            .. Why.Select(e => $"{e}.Why.By"),
        ]));

    private const string Codes = "codes of skills, services, difficulties, languages, questions, tools and notices, inventory numbers and the hashes of secret calendar addresses";
    private const string OwnWords = "the organisation's own words: groups, desks, partners, questions, tasks, services, knowledge, session themes, activities and their speakers, demands";
    private const string AnonymousAnswers = "anonymous answers: nothing links them to anyone (docs/adr/0009)";
    private const string Staff = "staff and organisations, known by their user or organisation ids (names of staff, not of the people helped)";

    /// <summary>What says who a person is: their own name, contact and area, which name them and no one else.</summary>
    public static readonly IReadOnlySet<string> Identity = new HashSet<string>
    {
        "ParticipantEnrolled.Person.DisplayName", "ParticipantEnrolled.Person.Contact", "ParticipantDetailsUpdated.Person.DisplayName",
        "ParticipantDetailsUpdated.Person.Contact", "DropInRequestRecorded.Visitor.Pseudonym", "DropInRequestRecorded.Visitor.Contact",
        "DropInRequestRecorded.Visitor.PostcodeArea", "ReferralReceived.Passed.Name", "ReferralReceived.Passed.Contact",
    };

    /// <summary>
    /// The free texts, which may name anyone whoever wrote them ("Zélie's code was blocked" in someone else's case note, a
    /// knowledge entry, a session's theme, a demand): the personal ones but a person's identity, the organisation's own
    /// words and anonymous answers. Codes, inventory numbers and staff names are not. On erasure, each is searched for the
    /// person's names (<see cref="Mentions"/>): another Zélie's own name is hers, but a note naming "Zélie" could be either.
    /// </summary>
    public static readonly IReadOnlySet<string> MayName =
        Personal.Except(Identity).Concat(NotPersonal.Where(f => f.Value is OwnWords or AnonymousAnswers).Select(f => f.Key)).ToHashSet();

    private static IReadOnlyDictionary<string, string> Classified(params (string Why, string[] Fields)[] groups) =>
        groups.SelectMany(g => g.Fields.Select(f => (f, g.Why))).ToDictionary(x => x.f, x => x.Why);

    /// <summary>What each event that holds personal data becomes when its person is erased: the same facts, no words of theirs.</summary>
    public static IEnumerable<(Type Event, Func<object, object> Mask)> Masks()
    {
        yield return Mask<Participants.ParticipantEnrolled>(e => e with { Person = ErasedPerson });
        yield return Mask<Participants.ParticipantDetailsUpdated>(e => e with { Person = ErasedPerson });
        yield return Mask<Participants.ParticipantLeft>(e => e with { Reason = e.Reason is null ? null : Erased });
        yield return Mask<CasePosted>(e => e with { Details = e.Details with { Goal = Erased } });
        yield return Mask<DropInRequestRecorded>(e => e with
        {
            Details = e.Details with { Goal = Erased },
            Visitor = e.Visitor with { Pseudonym = null, Contact = null, PostcodeArea = null },
        });
        yield return Mask<CaseAccompanied>(e => e with { Accompaniment = e.Accompaniment with { Note = null, Steps = [] } });
        yield return Mask<CaseResolved>(e => e with { Steps = [] });
        yield return Mask<CaseReferred>(e => e with { Reason = Erased });
        yield return Mask<ReferralFollowedUp>(e => e with { Note = null });
        yield return Mask<CaseClosed>(e => e with { Reason = Erased });
        yield return Mask<CaseReopened>(e => e with { Reason = null });
        yield return Mask<PairingProposed>(e => e with { Explanation = Erased });
        yield return Mask<HelpSessionLogged>(e => e with { WorkedOn = Erased });
        yield return Mask<Participants.HelpAroundGiven>(e => e with { How = e.How is null ? null : Erased });
        yield return Mask<PairingDeclined>(e => e with { Reason = null });
        yield return Mask<PairingWithdrawn>(e => e with { Reason = null });
        yield return Mask<PairingEnded>(e => e with { Reason = null, LearnerFeedback = null, HelperFeedback = null });
        yield return Mask<NamedAnswersRecorded>(e => e with { Answers = [.. e.Answers.Select(a => a with { Text = a.Text is null ? null : Erased })] });
        yield return Mask<DeviceReturned>(e => e with { Note = null });
        yield return Mask<HelpSessionCorrected>(e => e with { WorkedOn = Erased, Why = Masked(e.Why) });
        yield return Mask<HelpSessionVoided>(e => e with { Why = Masked(e.Why) });
        yield return Mask<CaseCorrected>(e => e with { Details = e.Details with { Goal = Erased }, Why = Masked(e.Why) });
        yield return Mask<CaseVoided>(e => e with { Why = Masked(e.Why) });
        yield return Mask<AccompanimentCorrected>(e => e with { Accompaniment = e.Accompaniment with { Note = null, Steps = [] }, Why = Masked(e.Why) });
        yield return Mask<AccompanimentVoided>(e => e with { Why = Masked(e.Why) });
        yield return Mask<NamedAnswersCorrected>(e => e with
        {
            Answers = [.. e.Answers.Select(a => a with { Text = a.Text is null ? null : Erased })],
            Why = Masked(e.Why),
        });
        yield return Mask<NamedAnswersVoided>(e => e with { Why = Masked(e.Why) });
        yield return Mask<Networks.ReferralReceived>(e => e with
        {
            Passed = e.Passed with { Name = null, Contact = null, Problem = e.Passed.Problem is null ? null : Erased },
        });
        yield return Mask<Networks.ReferralDeclined>(e => e with { Note = null });
        yield return Mask<Networks.ReferralOutcomeRecorded>(e => e with { Note = null });
    }

    private static Correction Masked(Correction why) => why with { Explanation = why.Explanation is null ? null : Erased };

    private static readonly Participants.PersonalDetails ErasedPerson = new(Erased, null);

    private static readonly Dictionary<Type, Func<object, object>> MaskOf = Masks().ToDictionary(m => m.Event, m => m.Mask);

    /// <summary>The event with its person's words masked, or the event itself when it holds none.</summary>
    public static object Mask(object e) => MaskOf.TryGetValue(e.GetType(), out var mask) ? mask(e) : e;

    private static (Type, Func<object, object>) Mask<T>(Func<T, T> mask) => (typeof(T), e => mask((T)e)!);
}
