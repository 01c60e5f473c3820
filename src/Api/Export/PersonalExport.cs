using LivingLibrary.Api.Journal;

namespace LivingLibrary.Api.Export;

/// <summary>
/// Everything the organisation keeps about one person (GDPR articles 15 and 20), as one document: what is recorded now,
/// where it came from and who recorded it, what is recorded about them elsewhere, and who read it (docs/adr/0013).
/// </summary>
/// <param name="Language">The language of the questions' words, and of the page.</param>
/// <param name="MadeBy">The user id of the coordinator who asked for it.</param>
/// <param name="History">Every event of the person's own stream (a participant's; a visitor's are their cards', docs/adr/0034; their requests are their cases).</param>
/// <param name="Staff">The names of the staff of the person's groups and desks, to say who recorded or read something.</param>
/// <param name="ReadBy">The access journal's entries about them, kept <paramref name="JournalKeptMonths"/> months.</param>
/// <param name="Referrals">For a visitor referred by a member of a network: what was passed on, and the answers (docs/adr/0033).</param>
public sealed record PersonalExport(
    PersonKind Kind,
    Guid PersonId,
    string Language,
    DateTimeOffset MadeAt,
    string MadeBy,
    Participant? Participant,
    Visitor? Visitor,
    IReadOnlyList<Place> Groups,
    IReadOnlyList<Place> Desks,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<ExportedCase> Cases,
    IReadOnlyList<ExportedPairing> Pairings,
    IReadOnlyList<ExportedAnswers> Answers,
    IReadOnlyList<BorrowedDevice> Loans,
    IReadOnlyList<AttendedOccurrence> Activities,
    IReadOnlyList<PeerHelp> HelpedOn,
    IReadOnlyList<AccessJournalEntry> ReadBy,
    int JournalKeptMonths,
    IReadOnlyList<Activities.Calendars.CalendarLinkView>? CalendarLinks = null,
    IReadOnlyList<NetworkReferral>? Referrals = null);

/// <summary>A group or a drop-in desk the person was in or went to.</summary>
public sealed record Place(Guid Id, string Name);

public sealed record StaffMember(string UserId, string DisplayName);

/// <summary>A case posted for the person, or their request at a drop-in, and what happened to it, by whom.</summary>
public sealed record ExportedCase(ProblemCase Case, IReadOnlyList<HistoryEntry> History);

/// <summary>
/// A pairing as the person was in it: with whom (the other person's name, which they know), as learner or helper, its
/// sessions, and what they said of it. The other person's own words (their feedback, their levels) are theirs, not here.
/// </summary>
public sealed record ExportedPairing(Guid Id, Party As, Guid WithId, string? WithName, string Skill, PairingStatus Status, DateOnly ProposedOn,
    DateOnly? StartedOn, IReadOnlyList<HelpSession> Sessions, DateOnly? EndedOn, PairingOutcome? Outcome, string? TheirFeedback,
    string? TheirReasonForDeclining);

/// <summary>The person's named answers to one campaign, each with the words of the question as it was asked.</summary>
public sealed record ExportedAnswers(Guid CampaignId, Guid GroupId, CampaignKind Kind, DateOnly On, bool MayQuote, IReadOnlyList<ExportedAnswer> Answers);

/// <param name="ChoiceWords">A self-assessment's choice in words ("On my own"); a satisfaction's choice is its number.</param>
public sealed record ExportedAnswer(string Question, int Version, string Words, int? Choice, string? ChoiceWords, string? Text);

public sealed record BorrowedDevice(Guid DeviceId, DeviceKind Kind, string Identifier, Loan Loan);

/// <summary>An occurrence of a group's activity the person is on the attendance of (exchange sessions included): present, excused or absent.</summary>
public sealed record AttendedOccurrence(Guid ActivityId, Guid GroupId, ActivityKind Kind, string Title, DateOnly PlannedFor, DateOnly On, Attendee Attendance);

/// <summary>The person helped, as a peer, on someone else's case: when and how long, nothing of the case itself.</summary>
public sealed record PeerHelp(Guid CaseId, DateOnly On, int Minutes);
