namespace LivingLibrary.Domain.Participants;

public sealed record SkillLevel(int Level, AssessmentSource Source, string? Tool, DateOnly AssessedOn);

public sealed record HelpOffer(string Skill, int ClaimedLevel, int? ConfirmedLevel)
{
    /// <summary>What pairing relies on: the level a facilitator confirmed, else the one claimed.</summary>
    public int Level => ConfirmedLevel ?? ClaimedLevel;
}

public sealed record LearningNeed(Guid NeedId, string Skill, NeedPriority Priority, DateOnly? Deadline, Guid? FromCaseId = null);

/// <summary>A learner and often also a "living book": the fold of their events, kept as an inline snapshot.</summary>
public sealed partial record Participant(
    Guid Id,
    Guid GroupId,
    PersonalDetails Person,
    IReadOnlyList<string> Languages,
    IReadOnlyList<TimeSlot> Availability,
    Consent Consent,
    bool HasLeft,
    IReadOnlyList<Guid> GroupIds,
    IReadOnlyDictionary<string, SkillLevel> Levels,
    IReadOnlyList<HelpOffer> Offers,
    IReadOnlyList<LearningNeed> Needs)
{
    public const int DefaultHelpCapacity = 2;

    public int Version { get; set; }

    /// <summary>The pairings in which this person helps now.</summary>
    public IReadOnlyList<Guid> Helping { get; init; } = [];

    /// <summary>Set when the person (or a facilitator) chose a capacity other than the default.</summary>
    public int? Capacity { get; init; }

    public int HelpCapacity => Capacity ?? DefaultHelpCapacity;

    /// <summary>Set while the person's consent is withdrawn: the day they withdrew it.</summary>
    public DateOnly? ConsentWithdrawnOn { get; init; }

    /// <summary>Whether the person consents now: <see cref="Consent"/> is the consent they gave last.</summary>
    public bool Consents => ConsentWithdrawnOn is null;

    /// <summary>The intake diagnostic's level in each skill: the earliest intake assessment of it.</summary>
    public IReadOnlyDictionary<string, SkillLevel> IntakeLevels { get; init; } = new Dictionary<string, SkillLevel>();

    public static Participant Create(ParticipantEnrolled e) =>
        new(e.ParticipantId, e.GroupId, e.Person, e.Languages, e.Availability, e.Consent, false, [e.GroupId],
            new Dictionary<string, SkillLevel>(), [], []);

    public Participant Apply(ParticipantDetailsUpdated e) =>
        this with { Person = e.Person, Languages = e.Languages, Availability = e.Availability };

    public Participant Apply(ConsentRecorded e) => this with { Consent = e.Consent, ConsentWithdrawnOn = null };

    public Participant Apply(ConsentWithdrawn e) => this with { ConsentWithdrawnOn = e.WithdrawnOn };

    public Participant Apply(ParticipantMoved e) =>
        this with { GroupId = e.ToGroupId, GroupIds = [.. GroupIds.Append(e.ToGroupId).Distinct()] };

    public Participant Apply(ParticipantLeft _) => this with { HasLeft = true };

    /// <summary>The level that counts is the most recent by assessment date, whenever it was recorded.</summary>
    public Participant Apply(SkillAssessed e)
    {
        var level = new SkillLevel(e.Level, e.Source, e.Tool, e.AssessedOn);
        var latest = Levels.TryGetValue(e.Skill, out var current) && current.AssessedOn > e.AssessedOn
            ? this
            : this with { Levels = new Dictionary<string, SkillLevel>(Levels) { [e.Skill] = level } };
        return e.Intake && !(IntakeLevels.TryGetValue(e.Skill, out var intake) && intake.AssessedOn <= e.AssessedOn)
            ? latest with { IntakeLevels = new Dictionary<string, SkillLevel>(IntakeLevels) { [e.Skill] = level } }
            : latest;
    }

    public Participant Apply(HelpOffered e) =>
        this with { Offers = [.. Offers.Where(o => o.Skill != e.Skill), new HelpOffer(e.Skill, e.ClaimedLevel, null)] };

    public Participant Apply(HelpOfferReviewed e) =>
        this with { Offers = [.. Offers.Select(o => o.Skill == e.Skill ? o with { ConfirmedLevel = e.ConfirmedLevel } : o)] };

    public Participant Apply(HelpOfferWithdrawn e) => this with { Offers = [.. Offers.Where(o => o.Skill != e.Skill)] };

    /// <summary>A priority stored before requests were checked that is none of the choices reads as normal (docs/adr/0019).</summary>
    public Participant Apply(LearningNeedDeclared e) =>
        this with { Needs = [.. Needs, new LearningNeed(e.NeedId, e.Skill, e.Priority.Known() ?? NeedPriority.Normal, e.Deadline, e.FromCaseId)] };

    public Participant Apply(LearningNeedWithdrawn e) => this with { Needs = [.. Needs.Where(n => n.NeedId != e.NeedId)] };

    public Participant Apply(HelperEngaged e) => this with { Helping = [.. Helping.Append(e.PairingId).Distinct()] };

    public Participant Apply(HelperReleased e) => this with { Helping = [.. Helping.Where(p => p != e.PairingId)] };

    public Participant Apply(HelpCapacitySet e) => this with { Capacity = e.Capacity };

    /// <summary>The times they said they helped someone around them, oldest first (never whom).</summary>
    public IReadOnlyList<HelpAround> HelpedAround { get; init; } = [];

    public Participant Apply(HelpAroundGiven e) => this with { HelpedAround = [.. HelpedAround, new HelpAround(e.HelpId, e.Task, e.On, e.How)] };

    /// <summary>Whether the person's data was erased: what they were called is gone from here at once (docs/adr/0014).</summary>
    public bool IsErased { get; init; }

    public Participant Apply(Privacy.PersonErased _) => this with { Person = new PersonalDetails(Privacy.PersonalData.Erased, null), IsErased = true };

    public int? LevelIn(string skill) => Levels.TryGetValue(skill, out var level) ? level.Level : null;
}
