using JasperFx.Events;
using Marten.Events;

namespace LivingLibrary.Api.Reports;

/// <summary>
/// What a report is built from, folded from the events recorded up to its cut-off with the same folds as the
/// snapshots (docs/adr/0009): later events, and later corrections, never change it.
/// </summary>
public static class ReportSourcesReader
{
    /// <summary>Every event the folds below take: a test checks it names every event of these aggregates.</summary>
    public static readonly Type[] EventTypes =
    [
        typeof(GroupCreated), typeof(GroupRenamed), typeof(GroupRescheduled), typeof(FacilitatorAssigned), typeof(FacilitatorRemoved), typeof(GroupClosed),
        typeof(ParticipantEnrolled), typeof(ParticipantDetailsUpdated), typeof(ConsentRecorded), typeof(ConsentWithdrawn), typeof(ParticipantMoved), typeof(ParticipantLeft), typeof(PersonErased),
        typeof(SkillAssessed), typeof(HelpOffered), typeof(HelpOfferReviewed), typeof(HelpOfferWithdrawn), typeof(LearningNeedDeclared),
        typeof(LearningNeedWithdrawn), typeof(HelperEngaged), typeof(HelperReleased), typeof(HelpCapacitySet),
        typeof(PairingProposed), typeof(PairingAccepted), typeof(PairingDeclined), typeof(PairingWithdrawn), typeof(PairingStarted),
        typeof(HelpSessionLogged), typeof(PairingEnded),
        typeof(CasePosted), typeof(DropInRequestRecorded), typeof(CaseAccompanied), typeof(CaseResolved), typeof(CaseReferred),
        typeof(ReferralFollowedUp), typeof(CaseClosed), typeof(CaseReopened), typeof(CaseRevealedNeed),
        typeof(ExchangeSessionHeld), typeof(ExchangeSessionAttendanceRecorded),
        typeof(CampaignOpened), typeof(AnswerCodesHandedOut), typeof(NamedAnswersRecorded),
        typeof(AnonymousAnswersRecorded), typeof(ConclusionsRecorded), typeof(CampaignClosed),
        typeof(DeviceRegistered), typeof(DeviceLent), typeof(LoanExtended), typeof(DeviceReturned), typeof(DeviceConditionRecorded), typeof(DeviceRetired),
    ];

    public static async Task<ReportSources> ReportSourcesAsync(this IQuerySession session, Guid? groupId, DateTimeOffset cutOff)
    {
        var query = session.Events.QueryAllRawEvents().Where(e => e.Timestamp <= cutOff);
        if (groupId is { } id)
        {
            var streams = await session.StreamsOfGroupAsync(id);
            query = query.Where(e => e.StreamId.IsOneOf(streams));
        }
        else query = query.Where(e => e.EventTypesAre(EventTypes));
        var events = await query.OrderBy(e => e.Sequence).ToListAsync();

        var folds = new Folds();
        foreach (var e in events) folds.Add(e);
        return new ReportSources([.. folds.Groups.Values.OfType<Group>()], [.. folds.Participants.Values.OfType<Participant>()], folds.Stays,
            [.. folds.Pairings.Values.OfType<Pairing>()], [.. folds.Cases.Values.OfType<ProblemCase>()],
            [.. folds.Sessions.Values.OfType<ExchangeSession>()], [.. folds.Campaigns.Values.OfType<Campaign>()], [.. folds.Devices.Values.OfType<Device>()],
            await session.ServiceListAsync(), await session.SkillCatalogueAsync());
    }

    /// <summary>Every stream a group's report reads: the group, whoever was ever in it, its pairings, cases, sessions, campaigns, and the devices lent to its participants.</summary>
    private static async Task<Guid[]> StreamsOfGroupAsync(this IQuerySession session, Guid groupId) =>
    [
        groupId,
        .. await session.Query<Participant>().Where(p => p.GroupIds.Contains(groupId)).Select(p => p.Id).ToListAsync(),
        .. await session.Query<Pairing>().Where(p => p.GroupId == groupId).Select(p => p.Id).ToListAsync(),
        .. await session.Query<ProblemCase>().Where(c => c.GroupId == groupId).Select(c => c.Id).ToListAsync(),
        .. await session.Query<ExchangeSession>().Where(s => s.GroupId == groupId).Select(s => s.Id).ToListAsync(),
        .. await session.Query<Campaign>().Where(c => c.GroupId == groupId).Select(c => c.Id).ToListAsync(),
        .. await session.Query<Device>().Where(d => d.GroupIds.Contains(groupId)).Select(d => d.Id).ToListAsync(),
    ];

    private sealed class Folds
    {
        public readonly Dictionary<Guid, Group?> Groups = [];
        public readonly Dictionary<Guid, Participant?> Participants = [];
        public readonly Dictionary<Guid, Pairing?> Pairings = [];
        public readonly Dictionary<Guid, ProblemCase?> Cases = [];
        public readonly Dictionary<Guid, ExchangeSession?> Sessions = [];
        public readonly Dictionary<Guid, Campaign?> Campaigns = [];
        public readonly Dictionary<Guid, Device?> Devices = [];
        public readonly List<Stay> Stays = [];
        private readonly Dictionary<Guid, int> _openStay = [];

        public void Add(IEvent e)
        {
            switch (e.Data)
            {
                case GroupCreated or GroupRenamed or GroupRescheduled or FacilitatorAssigned or FacilitatorRemoved or GroupClosed:
                    Fold(Groups, e, Group.Fold); break;
                case PairingProposed or PairingAccepted or PairingDeclined or PairingWithdrawn or PairingStarted or HelpSessionLogged or PairingEnded:
                    Fold(Pairings, e, Pairing.Fold); break;
                case CasePosted or DropInRequestRecorded or CaseAccompanied or CaseResolved or CaseReferred or ReferralFollowedUp or CaseClosed
                    or CaseReopened or CaseRevealedNeed:
                    Fold(Cases, e, ProblemCase.Fold); break;
                case ExchangeSessionHeld or ExchangeSessionAttendanceRecorded:
                    Fold(Sessions, e, ExchangeSession.Fold); break;
                case CampaignOpened or AnswerCodesHandedOut or NamedAnswersRecorded or AnonymousAnswersRecorded
                    or ConclusionsRecorded or CampaignClosed:
                    Fold(Campaigns, e, Campaign.Fold); break;
                case DeviceRegistered or DeviceLent or LoanExtended or DeviceReturned or DeviceConditionRecorded or DeviceRetired:
                    Fold(Devices, e, Device.Fold); break;
                default:
                    Fold(Participants, e, Participant.Fold);
                    Stay(e);
                    break;
            }
        }

        private static void Fold<T>(Dictionary<Guid, T?> states, IEvent e, Func<T?, object, T?> fold) where T : class =>
            states[e.StreamId] = fold(states.GetValueOrDefault(e.StreamId), e.Data);

        /// <summary>Stays in groups, dated by when they were recorded.</summary>
        private void Stay(IEvent e)
        {
            var day = DateOnly.FromDateTime(e.Timestamp.UtcDateTime);
            switch (e.Data)
            {
                case ParticipantEnrolled x:
                    Open(x.ParticipantId, x.GroupId, day); break;
                case ParticipantMoved x:
                    Close(x.ParticipantId, day, left: false);
                    Open(x.ParticipantId, x.ToGroupId, day); break;
                case ParticipantLeft x:
                    Close(x.ParticipantId, day, left: true); break;
            }
        }

        private void Open(Guid person, Guid groupId, DateOnly day)
        {
            _openStay[person] = Stays.Count;
            Stays.Add(new Stay(person, groupId, day, null, false));
        }

        private void Close(Guid person, DateOnly day, bool left)
        {
            if (!_openStay.Remove(person, out var index)) return;
            Stays[index] = Stays[index] with { Until = day, Left = left };
        }
    }
}
