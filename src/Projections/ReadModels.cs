using System.Reflection;
using JasperFx.Events.Projections;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Advocacy;
using LivingLibrary.Domain.Networks;
using LivingLibrary.Domain.Privacy;
using LivingLibrary.Projections.Observatory;
using LivingLibrary.Domain.Reports;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Knowledge;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Referral;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Projections.Library;
using Marten;
using Marten.Schema;
using Marten.Schema.Indexing.Unique;

namespace LivingLibrary.Projections;

/// <summary>Every projection and read model of the event store, in one place.</summary>
public static class ReadModels
{
    /// <summary>
    /// The most events the daemon hands the view projections at once. A batch rebuilds each group or skill
    /// it touches once, so catching up (a rebuild, a burst of imports) gets cheaper with larger batches.
    /// </summary>
    private const int ViewBatchSize = 5_000;

    public static void Register(StoreOptions opts)
    {
        // The write models, kept as inline snapshots: they also serve the reads of their own resource.
        opts.Projections.Snapshot<Group>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Participant>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<OrganisationTask>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Pairing>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<SuggestionRecord>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<OrganisationSettings>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<OrganisationService>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<ProblemCase>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<DropInDesk>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<DeskListEntry>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<ExchangeSession>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Activity>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<CalendarLink>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Partner>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<KnowledgeEntry>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Campaign>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<OrganisationQuestion>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<IssuedReport>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<AdvocacyPoint>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Network>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<Device>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<VisitorErasure>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<VisitorCard>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<RetentionPolicy>(SnapshotLifecycle.Inline);
        // A referral between members of a network, in the receiving member's tenant (docs/adr/0033).
        opts.Projections.Snapshot<NetworkReferral>(SnapshotLifecycle.Inline);

        // Erasure masks a person's words in the events that hold them (docs/adr/0014): each event type's own mask.
        foreach (var (type, mask) in PersonalData.Masks())
            typeof(ReadModels).GetMethod(nameof(AddMask), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, [opts, mask]);

        // What facilitators read again and again, served as stored. Async: a second of delay is fine for a
        // view, and one writer (the daemon) cannot lose an update when two commands touch one group at once.
        opts.Projections.Add(new GroupLibraryProjection(), ProjectionLifecycle.Async, "GroupLibrary", o =>
        {
            o.DeleteViewTypeOnTeardown<GroupLibrary>();
            o.BatchSize = ViewBatchSize;
        });
        opts.Schema.For<GroupLibrary>();
        opts.Projections.Add(new OrganisationCatalogueProjection(), ProjectionLifecycle.Async, "OrganisationCatalogue",
            o =>
            {
                o.DeleteViewTypeOnTeardown<OrganisationSkill>();
                o.BatchSize = ViewBatchSize;
            });
        opts.Schema.For<OrganisationSkill>();

        // The observatory of difficulties: counts of cases by month, service and difficulty (docs/adr/0011).
        opts.Projections.Add(new ObservatoryProjection(), ProjectionLifecycle.Async, "Observatory", o =>
        {
            o.DeleteViewTypeOnTeardown<CaseLine>();
            o.DeleteViewTypeOnTeardown<ObservatoryMonth>();
            o.BatchSize = ViewBatchSize;
        });
        opts.Schema.For<CaseLine>();
        opts.Schema.For<ObservatoryMonth>();
        // What a member that left a network had shared, kept in the network's tenant (docs/adr/0011).
        opts.Schema.For<NetworkShare>();

        // Two coordinators adding the same task code at once: the database keeps one.
        opts.Schema.For<OrganisationTask>().UniqueIndex(UniqueIndexType.Computed, "uq_organisation_task_code", TenancyScope.PerTenant, t => t.Code);
        opts.Schema.For<Participant>().Index(p => p.GroupId);
        opts.Schema.For<Pairing>().Index(p => p.GroupId).Index(p => p.LearnerId).Index(p => p.HelperId).Index(p => p.NeedId);
        opts.Schema.For<DeskListEntry>().UniqueIndex(UniqueIndexType.Computed, "uq_desk_list_entry_code", TenancyScope.PerTenant, e => e.List, e => e.Code);
        // A directory's export dates each desk by its last change (docs/adr/0032).
        opts.Schema.For<DropInDesk>().Metadata(m => m.LastModified.MapTo(d => d.LastModified));
        opts.Schema.For<OrganisationService>().UniqueIndex(UniqueIndexType.Computed, "uq_organisation_service_code", TenancyScope.PerTenant, s => s.Code);

        // A group's board and a drop-in sheet are read by the whole group or desk again and again (docs/adr/0008).
        opts.Schema.For<ProblemCase>().Index(c => c.GroupId).Index(c => c.DeskId).Index(c => c.SessionOn).Index(c => c.ParticipantId)
            .Index(c => c.Visitor!.VisitorId);

        // Two coordinators registering one inventory number at once (in any case): the database keeps one device (docs/adr/0010).
        opts.Schema.For<NetworkReferral>().Index(r => r.DeskId).Index(r => r.VisitorId);
        opts.Schema.For<Device>().Index(d => d.Identifier, index =>
        {
            index.Name = "uq_device_identifier";
            index.IsUnique = true;
            index.Casing = ComputedIndex.Casings.Upper;
            index.TenancyScope = TenancyScope.PerTenant;
        });
        opts.Schema.For<ExchangeSession>().Index(s => s.GroupId);
        opts.Schema.For<VisitorCard>().Index(c => c.VisitorId);
        opts.Schema.For<Activity>().Index(a => a.GroupId);
        opts.Schema.For<CalendarLink>().UniqueIndex(l => l.SecretHash).Index(l => l.GroupId).Index(l => l.ParticipantId);
        opts.Schema.For<Campaign>().Index(c => c.GroupId);

        // Knowledge is searched by words in the entry's own language (PostgreSQL stems French, Dutch and English).
        foreach (var (_, config) in KnowledgeSearch.Configs)
            opts.Schema.For<KnowledgeEntry>().FullTextIndex(config, e => e.Content.Title, e => e.Content.Situation, e => e.StepsText);
        opts.Schema.For<KnowledgeEntry>().Index(e => e.Content.Language).Index(e => e.Content.Service).Index(e => e.Content.Difficulty);
        // Entries shared with a network, in the network's tenant, searched the same way (docs/adr/0011).
        foreach (var (_, config) in KnowledgeSearch.Configs)
            opts.Schema.For<SharedKnowledgeEntry>().FullTextIndex(config, e => e.Content.Title, e => e.Content.Situation, e => e.StepsText);
        opts.Schema.For<SharedKnowledgeEntry>().Index(e => e.Content.Language);
    }

    private static void AddMask<T>(StoreOptions opts, Func<object, object> mask) where T : notnull =>
        opts.Events.AddMaskingRuleForProtectedInformation<T>(e => (T)mask(e));
}
