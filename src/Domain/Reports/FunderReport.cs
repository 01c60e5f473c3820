using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Pairings;
using PeopleProgress = LivingLibrary.Domain.Evaluations.Progress;

namespace LivingLibrary.Domain.Reports;

/// <summary>What a report is asked for: a group (or the whole organisation), a period, and the cut-off its events are read up to.</summary>
public sealed record ReportRequest(string OrganisationId, Guid? GroupId, DateOnly From, DateOnly To, DateTimeOffset CutOff);

/// <summary>A stay of a person in a group, dated by when it was recorded: until they moved on (not left) or left.</summary>
public sealed record Stay(Guid ParticipantId, Guid GroupId, DateOnly From, DateOnly? Until, bool Left);

/// <summary>Everything a report is built from, as the event store knew it at the cut-off.</summary>
public sealed record ReportSources(
    IReadOnlyList<Group> Groups,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Stay> Stays,
    IReadOnlyList<Pairing> Pairings,
    IReadOnlyList<ProblemCase> Cases,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<Campaign> Campaigns,
    IReadOnlyList<Device> Devices,
    ServiceList Services,
    SkillCatalogue Skills);

public sealed record CodeCount(string Code, Figure Count);

public sealed record ParticipantFigures(Figure TookPart, Figure AtEnd, Figure Joined, Figure Left, IReadOnlyList<CodeCount> Languages);

/// <summary>
/// What the groups did: their activities by kind (exchange sessions among them) and the hours they lasted, counted by the day each
/// took place, are volumes of the work shown whatever their size; the participants' hours at them and the attendance rate are
/// about the people who came (docs/adr/0018).
/// </summary>
public sealed record ActivityFigures(IReadOnlyList<KindHours> Activities, double HoursDelivered, Figure ParticipantHours, Figure AttendanceRate,
    Figure HelpSessions, Figure HelpHours, Figure DropInRequests, Figure CaseHours);

public sealed record PairingFigures(Figure Started, Figure LastedThreeSessions, Figure EndedWell);

public sealed record CaseFigures(Figure Posted, Figure Resolved, Figure Referred, IReadOnlyList<CodeCount> ByService, IReadOnlyList<CodeCount> ByDifficulty);

/// <summary>
/// The report to a funder, for a group or the organisation over a period, built only from the events recorded
/// up to its cut-off (docs/adr/0009). Codes, not labels: the printable page names them in its language.
/// </summary>
public sealed record FunderReport(
    string OrganisationId,
    Guid? GroupId,
    string? GroupName,
    DateOnly From,
    DateOnly To,
    DateTimeOffset CutOff,
    ParticipantFigures Participants,
    ActivityFigures Activity,
    PairingFigures Pairings,
    CaseFigures Cases,
    LoanFigures Loans,
    GroupProgress Progress,
    IReadOnlyList<CampaignResult> Evaluations,
    CampaignTotals EvaluationTotals,
    IReadOnlyList<string> Quotes)
{
    public static FunderReport Build(ReportRequest request, ReportSources sources)
    {
        bool InPeriod(DateOnly day) => day >= request.From && day <= request.To;
        var groupIds = sources.Groups.Where(g => request.GroupId is null || g.Id == request.GroupId).Select(g => g.Id).ToHashSet();

        var stays = sources.Stays.Where(s => groupIds.Contains(s.GroupId)).ToList();
        var during = stays.Where(s => s.From <= request.To && (s.Until is null || s.Until >= request.From)).ToList();
        var people = during.Select(s => s.ParticipantId).ToHashSet();
        var byPerson = stays.GroupBy(s => s.ParticipantId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.From).ToList());
        // In a group's report a move to another group is leaving it; in the organisation's, only leaving is.
        var joined = byPerson.Values.Count(p => InPeriod(p[0].From));
        var left = byPerson.Values.Count(p => p[^1].Until is { } until && InPeriod(until) && (request.GroupId is not null || p[^1].Left));
        var atEnd = during.Where(s => s.Until is null || s.Until > request.To).Select(s => s.ParticipantId).Distinct().Count();
        var participants = sources.Participants.Where(p => people.Contains(p.Id)).ToList();

        var pairings = sources.Pairings.Where(p => groupIds.Contains(p.GroupId)).ToList();
        var sessions = pairings.SelectMany(p => p.Sessions).Where(s => InPeriod(s.HeldOn)).ToList();
        var started = pairings.Where(p => p.StartedOn is { } on && InPeriod(on)).ToList();

        var groupCases = sources.Cases.Where(c => c.Counts && c.GroupId is { } g && groupIds.Contains(g)).ToList();
        var dropIns = request.GroupId is null ? sources.Cases.Where(c => c.Counts && c.DeskId is not null).ToList() : [];
        var posted = groupCases.Concat(dropIns).Where(c => InPeriod(c.PostedOn)).OrderBy(c => c.Id).ToList();
        var hours = Hours.Of(sources.Activities.Where(a => groupIds.Contains(a.GroupId)), request.From, request.To);
        var caseMinutes = groupCases.Concat(dropIns).SelectMany(c => c.Accompaniments).Where(a => InPeriod(a.On)).ToList();

        // A group's loans are those lent to its participants while they were in it; the organisation's, every loan (visitors' too).
        var loans = sources.Devices.SelectMany(d => d.Loans().Select(l => (d.Kind, Loan: l)))
            .Where(x => request.GroupId is null || x.Loan.Borrower.GroupId == request.GroupId);
        var cutOffDay = DateOnly.FromDateTime(request.CutOff.UtcDateTime);

        var campaigns = sources.Campaigns.Where(c => groupIds.Contains(c.GroupId) && c.ClosesOn >= request.From && c.OpensOn <= request.To)
            .OrderBy(c => c.ClosesOn).ThenBy(c => c.Id).ToList();
        // Each person's share of the pairings, campaigns and cases, looked up rather than searched for each of thousands.
        var pairingsOf = pairings.SelectMany(p => new[] { (Person: p.LearnerId, Pairing: p), (Person: p.HelperId, Pairing: p) })
            .ToLookup(x => x.Person, x => x.Pairing);
        var campaignsOf = campaigns.ToLookup(c => c.GroupId);
        var helperOf = pairings.ToDictionary(p => p.Id, p => p.HelperId);
        var casesHelpedBy = groupCases.Where(c => c.Status == CaseStatus.Resolved)
            .SelectMany(c => c.Accompaniments.SelectMany(a => a.PairingId is { } id && helperOf.TryGetValue(id, out var helper) ? [.. a.PeerHelperIds, helper] : a.PeerHelperIds)
                .Distinct().Select(person => (Person: person, Case: c)))
            .ToLookup(x => x.Person, x => x.Case);
        // The help people gave around them counts in the period it was given.
        var progress = participants.OrderBy(p => p.Id).Select(p => p with { HelpedAround = [.. p.HelpedAround.Where(h => InPeriod(h.On))] })
            .Select(p => PeopleProgress.Of(p, p.GroupIds.SelectMany(g => campaignsOf[g]), pairingsOf[p.Id], casesHelpedBy[p.Id], sources.Skills)).ToList();

        // Volumes of what was done are shown once three people are in the report's scope (participants, and visitors at drop-ins).
        var inScope = people.Count + dropIns.Count(c => InPeriod(c.PostedOn));
        // The cases as the observatory tables them (docs/adr/0018), so that the report and the observatory hide the same;
        // the requests and hours of those cases go with their total, which only a table too thin to protect otherwise hides.
        var caseTable = ObservatoryTable.Of(posted.Select(CaseLine.Of).GroupBy(l => l.Month).Select(m => ObservatoryMonth.Of(m.Key, m)));
        var allCases = caseTable.FiguresAt(Place.Total);
        Figure OfCases(Figure volume) => allCases.Cases.Suppressed && volume.Value is not 0 ? Figure.Hidden : volume;
        return new FunderReport(request.OrganisationId, request.GroupId,
            request.GroupId is { } id ? sources.Groups.FirstOrDefault(g => g.Id == id)?.Name : null,
            request.From, request.To, request.CutOff,
            new ParticipantFigures(Figure.Volume(people.Count, inScope), Figure.Count(atEnd), Figure.Count(joined), Figure.Count(left),
                Counted(participants.SelectMany(p => p.Languages.Distinct()))),
            new ActivityFigures(hours.ByKind, hours.Hours, Figure.Volume(hours.ParticipantHours, inScope), AttendanceRate(hours),
                Figure.Volume(sessions.Count, inScope), Figure.Volume(sessions.Sum(s => s.DurationMinutes) / 60.0, inScope),
                OfCases(Figure.Volume(dropIns.Count(c => InPeriod(c.PostedOn)), inScope)),
                OfCases(Figure.Volume(caseMinutes.Sum(a => a.Minutes) / 60.0, inScope))),
            new PairingFigures(Figure.Volume(started.Count, inScope), Figure.Count(started.Count(p => p.Sessions.Count >= 3)),
                Figure.Count(started.Count(p => p.Outcome == PairingOutcome.WentWell))),
            new CaseFigures(allCases.Cases, allCases.Resolved, allCases.Referred,
                [.. caseTable.Places.Where(p => p.Service is not null && p.Difficulty is null && p.Month is null).OrderBy(p => p.Service, StringComparer.Ordinal)
                    .Select(p => new CodeCount(p.Service!, caseTable.FiguresAt(p).Cases))],
                [.. caseTable.Places.Where(p => p.Service is null && p.Difficulty is not null && p.Month is null).OrderBy(p => p.Difficulty, StringComparer.Ordinal)
                    .Select(p => new CodeCount(p.Difficulty!, caseTable.FiguresAt(p).Cases))]),
            LoanFigures.Of(loans, request.From, request.To, request.To < cutOffDay ? request.To : cutOffDay),
            PeopleProgress.Together(progress, FigureRule.Protected),
            [.. campaigns.Select(CampaignResults.Of)],
            CampaignResults.Totals(campaigns),
            [.. campaigns.SelectMany(CampaignResults.Quotes)]);
    }

    /// <summary>
    /// The present among the attendees recorded: hidden when fewer than three people were on the sheets, or when the present
    /// or the others are one or two marks (one person's absence would show).
    /// </summary>
    private static Figure AttendanceRate(HoursFigures hours) =>
        hours.Participants.Count is > 0 and < Figure.Threshold ? Figure.Hidden : Figure.Share(hours.Present, hours.Recorded);

    /// <summary>How many of each code, in code order (an order by size would rank the suppressed cells), small cells suppressed with their complement.</summary>
    private static IReadOnlyList<CodeCount> Counted(IEnumerable<string> codes)
    {
        var counts = codes.GroupBy(c => c).Select(g => (Code: g.Key, Count: g.Count())).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var figures = Suppression.Cells([.. counts.Select(c => c.Count)]);
        return [.. counts.Select((c, i) => new CodeCount(c.Code, figures[i]))];
    }
}
