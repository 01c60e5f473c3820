using System.ComponentModel.DataAnnotations;
using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Domain.Knowledge;

/// <summary>
/// What an entry says, in general terms: never a person. Languages are those PostgreSQL's full-text
/// search stems (French, Dutch, English).
/// </summary>
public sealed record KnowledgeContent(string Title, string Situation, IReadOnlyList<string> Steps, string Service, string Difficulty,
    IReadOnlyList<string> Skills, string Language);

public sealed record KnowledgeEntryDrafted(Guid EntryId, Guid SourceCaseId, KnowledgeContent Content, string AuthorId);

public sealed record KnowledgeEntryRevised(Guid EntryId, KnowledgeContent Content);

public sealed record KnowledgeEntryReviewed(Guid EntryId, string ReviewerId);

public sealed record KnowledgeEntryPublished(Guid EntryId, DateOnly On);

public sealed record KnowledgeEntryFoundHelpful(Guid EntryId, DateOnly On);

/// <summary>The published entry was shared with a network the organisation is in: its text, and nothing of its source case.</summary>
public sealed record KnowledgeEntryShared(Guid EntryId, Guid NetworkId, DateOnly On);

public enum KnowledgeStatus
{
    Draft,
    Reviewed,
    Published,
}

/// <summary>
/// A shared way through a kind of problem, written from a resolved case. The source case stays an
/// internal reference of the organisation; the entry itself names no one. Draft, reviewed by someone
/// other than its author, published; a revision goes back to draft.
/// </summary>
public sealed record KnowledgeEntry(Guid Id, Guid SourceCaseId, KnowledgeContent Content, string AuthorId, KnowledgeStatus Status,
    string? ReviewerId, DateOnly? PublishedOn, int HelpedCount)
{
    public const int TitleMax = 160;
    public const int SituationMax = 2_000;
    public static readonly string[] Languages = ["fr", "nl", "en"];

    public int Version { get; set; }

    /// <summary>The networks it was shared with (as last published then).</summary>
    public IReadOnlyList<Guid> SharedWith { get; init; } = [];

    /// <summary>Stored for full-text search: the steps as one text.</summary>
    public string StepsText => string.Join('\n', Content.Steps);

    public static KnowledgeEntry Create(KnowledgeEntryDrafted e) =>
        new(e.EntryId, e.SourceCaseId, e.Content, e.AuthorId, KnowledgeStatus.Draft, null, null, 0);

    public KnowledgeEntry Apply(KnowledgeEntryRevised e) => this with { Content = e.Content, Status = KnowledgeStatus.Draft, ReviewerId = null };

    public KnowledgeEntry Apply(KnowledgeEntryReviewed e) => this with { Status = KnowledgeStatus.Reviewed, ReviewerId = e.ReviewerId };

    public KnowledgeEntry Apply(KnowledgeEntryPublished e) => this with { Status = KnowledgeStatus.Published, PublishedOn = e.On };

    public KnowledgeEntry Apply(KnowledgeEntryFoundHelpful _) => this with { HelpedCount = HelpedCount + 1 };

    public KnowledgeEntry Apply(KnowledgeEntryShared e) => this with { SharedWith = [.. SharedWith.Where(n => n != e.NetworkId), e.NetworkId] };
}

public sealed record KnowledgeText(string? Title, string? Situation, IReadOnlyList<string>? Steps, string? Service, string? Difficulty,
    IReadOnlyList<string>? Skills, string? Language)
{
    public Refusal? Check(ServiceList services, SkillCatalogue skills) =>
        new Fields()
            .Text("title", Title, KnowledgeEntry.TitleMax)
            .Text("situation", Situation, KnowledgeEntry.SituationMax)
            .Steps("steps", Steps, required: true)
            .Classified(Service, Difficulty, Skills, services, skills)
            .Check("language", Language is not null && KnowledgeEntry.Languages.Contains(Language), Says.EntryLanguage)
            .Refusal();

    public KnowledgeContent ToContent() =>
        new(Title!, Situation!, [.. Steps!], Service!, Difficulty!, [.. (Skills ?? []).Distinct()], Language!);
}

/// <summary>Written from a resolved case; the text is general, the service and difficulty default to the case's.</summary>
public sealed record DraftKnowledgeEntry([Required] Guid? CaseId, [Required] string? Title, [Required] string? Situation, [Required] IReadOnlyList<string>? Steps, string? Service,
    string? Difficulty, IReadOnlyList<string>? Skills, [Required] string? Language)
{
    public Decision Decide(Guid entryId, ProblemCase? source, string authorId, ServiceList services, SkillCatalogue skills)
    {
        var text = new KnowledgeText(Title, Situation, Steps, Service ?? source?.Details.Service, Difficulty ?? source?.Details.Difficulty,
            Skills ?? source?.Details.Skills, Language);
        return Refusals.FirstOf(
                   CaseId is null ? Refusal.Invalid("caseId", Says.EntryFromResolvedCase) : null,
                   source is null ? Refusal.NotFound(Thing.Case) : null,
                   text.Check(services, skills),
                   source is null || source.Status == CaseStatus.Resolved ? null : Refusal.Conflict(Says.EntryNeedsResolvedCase))
               ?? Decision.Append(new KnowledgeEntryDrafted(entryId, source!.Id, text.ToContent(), authorId));
    }
}

public sealed record ReviseKnowledgeEntry([Required] string? Title, [Required] string? Situation, [Required] IReadOnlyList<string>? Steps, [Required] string? Service,
    [Required] string? Difficulty, IReadOnlyList<string>? Skills, [Required] string? Language)
{
    public Decision Decide(KnowledgeEntry entry, ServiceList services, SkillCatalogue skills)
    {
        var text = new KnowledgeText(Title, Situation, Steps, Service, Difficulty, Skills, Language);
        return text.Check(services, skills)
               ?? (text.ToContent() is var content && Same(content, entry.Content)
                   ? Decision.Nothing
                   : Decision.Append(new KnowledgeEntryRevised(entry.Id, content)));
    }

    private static bool Same(KnowledgeContent a, KnowledgeContent b) =>
        a with { Steps = b.Steps, Skills = b.Skills } == b && a.Steps.SequenceEqual(b.Steps) && a.Skills.SequenceEqual(b.Skills);
}

/// <summary>A second pair of eyes: the author does not review their own entry.</summary>
public sealed record ReviewKnowledgeEntry
{
    public static Decision Decide(KnowledgeEntry entry, string reviewerId) =>
        entry.Status switch
        {
            KnowledgeStatus.Draft when entry.AuthorId == reviewerId => Refusal.Conflict(Says.ReviewerNotAuthor),
            KnowledgeStatus.Draft => Decision.Append(new KnowledgeEntryReviewed(entry.Id, reviewerId)),
            KnowledgeStatus.Reviewed => Decision.Nothing,
            _ => Refusal.Conflict(Says.EntryPublishedReviseIt),
        };
}

public sealed record PublishKnowledgeEntry
{
    public static Decision Decide(KnowledgeEntry entry, DateOnly today) =>
        entry.Status switch
        {
            KnowledgeStatus.Reviewed => Decision.Append(new KnowledgeEntryPublished(entry.Id, today)),
            KnowledgeStatus.Published => Decision.Nothing,
            _ => Refusal.Conflict(Says.ReviewedBeforePublished),
        };
}

/// <summary>"This helped": each time someone used the entry and it worked.</summary>
public sealed record RecordEntryHelped
{
    public static Decision Decide(KnowledgeEntry entry, DateOnly today) =>
        entry.Status == KnowledgeStatus.Published
            ? Decision.Append(new KnowledgeEntryFoundHelpful(entry.Id, today))
            : Refusal.Conflict(Says.OnlyPublishedHelps);
}
