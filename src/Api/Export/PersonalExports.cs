using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Pairings;

namespace LivingLibrary.Api.Export;

/// <summary>Who asked for an export, when, in which language, and how long the journal keeps what it shows.</summary>
public sealed record ExportRequest(string Language, DateTimeOffset MadeAt, string MadeBy, int JournalKeptMonths);

/// <summary>Gathers a person's export: their own stream, every snapshot that names them, and the access journal.</summary>
public static class PersonalExports
{
    public static async Task<PersonalExport> OfParticipantAsync(this IQuerySession session, Participant participant, ExportRequest request)
    {
        var id = participant.Id;
        var groupIds = participant.GroupIds.ToArray();
        var groups = await session.LoadManyAsync<Group>(groupIds);
        var cases = await session.Query<ProblemCase>().Where(c => c.ParticipantId == id).ToListAsync();
        var groupCases = await session.Query<ProblemCase>().Where(c => c.GroupId!.Value.IsOneOf(groupIds)).ToListAsync();
        var pairings = await session.PairingsOfAsync([id]);
        var people = await session.PeopleAsync(pairings);
        var campaigns = await session.Query<Campaign>().Where(c => c.GroupId.IsOneOf(groupIds)).ToListAsync();
        var activities = await session.Query<Activity>().Where(a => a.GroupId.IsOneOf(groupIds)).ToListAsync();

        return new PersonalExport(PersonKind.Participant, id, request.Language, request.MadeAt, request.MadeBy, participant, null,
            [.. groups.Select(g => new Place(g.Id, g.Name))],
            [],
            [.. groups.SelectMany(g => g.Facilitators).Select(f => new StaffMember(f.FacilitatorId, f.DisplayName)).DistinctBy(s => s.UserId)],
            await session.HistoryOfAsync(id),
            await session.CasesWithHistoryAsync(cases),
            await session.PairingsAsync(id, pairings, people),
            [.. campaigns.SelectMany(c => c.Answers.Where(a => a.ParticipantId == id).Select(a => AnswersIn(c, a, request.Language))).OrderBy(a => a.On)],
            await session.BorrowedAsync(id),
            Attended(activities, id),
            [.. groupCases.SelectMany(c => c.Accompaniments.Where(a => a.PeerHelperIds.Contains(id)).Select(a => new PeerHelp(c.Id, a.On, a.Minutes)))
                .OrderBy(h => h.On)],
            await session.JournalOfAsync(id),
            request.JournalKeptMonths,
            await Activities.Calendars.GetParticipantCalendarLinksEndpoint.Get(participant, session));
    }

    public static async Task<PersonalExport> OfVisitorAsync(this IQuerySession session, VisitorRequests visitor, ExportRequest request) =>
        new(PersonKind.Visitor, visitor.VisitorId, request.Language, request.MadeAt, request.MadeBy, null, visitor.Latest,
            [],
            [.. visitor.Desks.Select(d => new Place(d.Id, d.Name))],
            [.. visitor.Desks.SelectMany(d => d.Staff).Select(s => new StaffMember(s.UserId, s.DisplayName)).DistinctBy(s => s.UserId)],
            await session.CardsOfVisitorAsync(visitor.VisitorId),
            await session.CasesWithHistoryAsync(visitor.Requests),
            [], [],
            await session.BorrowedAsync(visitor.VisitorId),
            [], [],
            await session.JournalOfAsync(visitor.VisitorId),
            request.JournalKeptMonths,
            Referrals: visitor.Referrals);

    private static IReadOnlyList<AttendedOccurrence> Attended(IEnumerable<Activity> activities, Guid id) =>
        [.. activities.SelectMany(a => a.Attendance.SelectMany(o => o.Attendees.Where(x => x.ParticipantId == id)
                .Select(x => new AttendedOccurrence(a.Id, a.GroupId, a.Kind, a.Title, o.PlannedFor, a.ChangeOf(o.PlannedFor)?.On ?? o.PlannedFor, x))))
            .OrderBy(o => o.On)];
    /// <summary>A visitor's cards, given and revoked (never a code or its hash): the history of the only streams of their own (docs/adr/0034).</summary>
    private static async Task<IReadOnlyList<HistoryEntry>> CardsOfVisitorAsync(this IQuerySession session, Guid visitorId)
    {
        var history = new List<HistoryEntry>();
        foreach (var card in (await session.Query<VisitorCard>().Where(c => c.VisitorId == visitorId).ToListAsync()).OrderBy(c => c.Id.ToString(), StringComparer.Ordinal))
            history.AddRange(await session.HistoryOfAsync(card.Id));
        return history;
    }

    private static async Task<IReadOnlyList<ExportedCase>> CasesWithHistoryAsync(this IQuerySession session, IEnumerable<ProblemCase> cases)
    {
        var exported = new List<ExportedCase>();
        foreach (var problem in cases.OrderBy(c => c.PostedOn).ThenBy(c => c.Id.ToString(), StringComparer.Ordinal))
            exported.Add(new ExportedCase(problem, await session.HistoryOfAsync(problem.Id)));
        return exported;
    }

    private static async Task<IReadOnlyList<ExportedPairing>> PairingsAsync(this IQuerySession session, Guid id, IEnumerable<Pairing> pairings,
        IReadOnlyDictionary<Guid, Participant> people)
    {
        var exported = new List<ExportedPairing>();
        foreach (var p in pairings.OrderBy(p => p.ProposedOn).ThenBy(p => p.Id.ToString(), StringComparer.Ordinal))
        {
            var party = p.LearnerId == id ? Party.Learner : Party.Helper;
            var other = party == Party.Learner ? p.HelperId : p.LearnerId;
            // Only an ended pairing holds feedback, and only in its stream: the snapshot keeps the outcome.
            var ended = p.Status == PairingStatus.Ended
                ? (await session.Events.FetchStreamAsync(p.Id)).Select(e => e.Data).OfType<PairingEnded>().LastOrDefault()
                : null;
            exported.Add(new ExportedPairing(p.Id, party, other, people.GetValueOrDefault(other)?.Person.DisplayName, p.Skill, p.Status,
                p.ProposedOn, p.StartedOn, p.Sessions, p.EndedOn, p.Outcome,
                party == Party.Learner ? ended?.LearnerFeedback : ended?.HelperFeedback,
                p.DeclinedBy == party ? p.DeclineReason : null));
        }
        return exported;
    }

    private static ExportedAnswers AnswersIn(Campaign campaign, AnswerSet set, string language) =>
        new(campaign.Id, campaign.GroupId, campaign.Kind, set.On, set.MayQuote, [.. set.Answers.Select(answer =>
        {
            var question = campaign.Questions.FirstOrDefault(q => q.Key == answer.Question && q.Version == answer.Version);
            return new ExportedAnswer(answer.Question, answer.Version, question?.Text.In(language) ?? answer.Question, answer.Choice,
                question?.Kind == QuestionKind.SelfAssessment && answer.Choice is { } choice ? Questionnaire.Words((CanDo)choice).In(language) : null,
                answer.Text);
        })]);

    private static async Task<IReadOnlyList<BorrowedDevice>> BorrowedAsync(this IQuerySession session, Guid borrowerId) =>
    [
        .. (await session.Query<Device>().Where(d => d.BorrowerIds.Contains(borrowerId)).ToListAsync())
            .SelectMany(d => d.Loans().Where(l => l.Borrower.Id == borrowerId).Select(l => new BorrowedDevice(d.Id, d.Kind, d.Identifier, l)))
            .OrderBy(b => b.Loan.From).ThenBy(b => b.Loan.LoanId.ToString(), StringComparer.Ordinal),
    ];
}
