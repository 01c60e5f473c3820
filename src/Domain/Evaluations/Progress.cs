using System.Text.Json.Serialization;
using LivingLibrary.Domain.Activities;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Evaluations;

/// <summary>
/// One skill of one person, before and after: the intake level, the latest assessment (when it came after
/// the intake) and what the person said of the task at the end of the project. Competences not assessed
/// directly are rolled up from their tasks (<see cref="CompetenceRollUp"/>).
/// </summary>
public sealed record SkillProgress(string Skill, int? Intake, DateOnly? IntakeOn, int? Latest, DateOnly? LatestOn, CanDo? SaidAtEnd)
{
    /// <summary>Assessed at intake and again later.</summary>
    public bool WasReassessed => Intake is not null && LatestOn > IntakeOn;

    public bool MovedUp => WasReassessed && Latest > Intake;

    // Methods, not properties: the API's progress answers stay as they were.

    /// <summary>What the person could do at intake, in the words of the self-assessment (a participant reads it, docs/adr/0026).</summary>
    public CanDo? Before() => Intake is { } level ? Plainly(level) : null;

    /// <summary>What they can do now: the latest assessment after the intake, else what they said at the end of the project.</summary>
    public CanDo? Now() => WasReassessed ? Plainly(Latest!.Value) : SaidAtEnd;

    /// <summary>Levels 1–2 are done with help, 3–4 alone, 5 and above well enough to help others (DigComp's bands).</summary>
    public static CanDo Plainly(int level) => DigComp.BandOf(level) switch
    {
        Band.Foundation => CanDo.WithHelp,
        Band.Intermediate => CanDo.Alone,
        _ => CanDo.CanHelpOthers,
    };
}

/// <summary>
/// The help a person gave others: pairings as a helper and the time of their sessions, cases solved with their help, and the
/// times they helped someone around them (never whom).
/// </summary>
public sealed record HelpGiven(int Pairings, int Minutes, int CasesSolved)
{
    public int HelpedAround { get; init; }
}

public sealed record PersonProgress(Guid ParticipantId, IReadOnlyList<SkillProgress> Skills, HelpGiven HelpGiven)
{
    /// <summary>What they came to, kind by kind: "came to 18 of 24 workshops" (<see cref="Hours"/>).</summary>
    public IReadOnlyList<Came> Came { get; init; } = [];
}

/// <summary>
/// One skill across a group or a report's people: how many were reassessed, how many moved up at least one
/// level, their bands at intake and now (foundation to highly specialised), and what they said at the end.
/// Every figure is suppressed under three people.
/// </summary>
public sealed record SkillShift(string Skill, Figure Reassessed, Figure MovedUp, Figure ShareMovedUp,
    IReadOnlyList<Figure> BandsAtIntake, IReadOnlyList<Figure> BandsNow, IReadOnlyList<Figure> SaidAtEnd);

public sealed record GroupProgress(Figure People, IReadOnlyList<SkillShift> Skills, Figure HelpHours, Figure CasesSolvedWithPeers)
{
    /// <summary>
    /// How many people said they helped someone around them: a figure about people, suppressed under three. None (absent
    /// from the JSON) when nobody did, so that a report of a time before anyone could say it is built as it was issued.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Figure? PeopleWhoHelpedAround { get; init; }

    /// <summary>How many times they did: hidden with the people it would be about, so one or two people's help cannot be read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Figure? TimesHelpedAround { get; init; }
}

public static class Progress
{
    /// <param name="campaigns">The campaigns the person may have answered: the latest end-of-project named answers count.</param>
    public static PersonProgress Of(Participant person, IEnumerable<Campaign> campaigns, IEnumerable<Pairing> pairings,
        IEnumerable<ProblemCase> cases, SkillCatalogue skills)
    {
        var intake = Rolled(person.IntakeLevels, skills);
        var latest = Rolled(person.Levels, skills);
        var said = SaidAtEnd(person.Id, campaigns);
        var rows = intake.Keys.Union(latest.Keys).Union(said.Keys).Order(SkillOrder.Instance)
            .Select(skill => new SkillProgress(skill,
                intake.GetValueOrDefault(skill)?.Level, intake.GetValueOrDefault(skill)?.On,
                latest.GetValueOrDefault(skill)?.Level, latest.GetValueOrDefault(skill)?.On,
                said.TryGetValue(skill, out var choice) ? choice : null));
        return new PersonProgress(person.Id, [.. rows], HelpGivenBy(person.Id, pairings, cases) with { HelpedAround = person.HelpedAround.Count });
    }

    public static HelpGiven HelpGivenBy(Guid personId, IEnumerable<Pairing> pairings, IEnumerable<ProblemCase> cases)
    {
        var helped = pairings.Where(p => p.HelperId == personId && p.StartedOn is not null).ToList();
        var pairingIds = helped.Select(p => p.Id).ToHashSet();
        return new HelpGiven(helped.Count, helped.Sum(p => p.Sessions.Sum(s => s.DurationMinutes)),
            cases.Count(c => c.Status == CaseStatus.Resolved
                && c.Accompaniments.Any(a => a.PeerHelperIds.Contains(personId) || (a.PairingId is { } id && pairingIds.Contains(id)))));
    }

    /// <summary>
    /// What a group's people (or a report's) show together: how many people, the hours of help they gave and the cases they
    /// solved are volumes of what was done (<see cref="Figure.Volume"/>), the shifts are about people; <paramref name="rule"/>
    /// protects both when they leave the group and shows them exactly to its own staff.
    /// </summary>
    public static GroupProgress Together(IReadOnlyList<PersonProgress> people, FigureRule rule)
    {
        var skills = people.SelectMany(p => p.Skills).GroupBy(s => s.Skill).OrderBy(g => g.Key, SkillOrder.Instance)
            .Select(g => Shift(g.Key, [.. g], rule)).ToList();
        var helpers = people.Count(p => p.HelpGiven.HelpedAround > 0);
        var helpedAround = helpers == 0 ? null : rule.Count(helpers);
        return new GroupProgress(rule.Volume(people.Count, people.Count), skills,
            rule.Volume(people.Sum(p => p.HelpGiven.Minutes) / 60.0, people.Count),
            rule.Volume(people.Sum(p => p.HelpGiven.CasesSolved), people.Count))
        {
            PeopleWhoHelpedAround = helpedAround,
            TimesHelpedAround = helpedAround is null ? null
                : helpedAround.Suppressed ? Figure.Hidden : rule.Volume(people.Sum(p => p.HelpGiven.HelpedAround), people.Count),
        };
    }

    private static SkillShift Shift(string skill, IReadOnlyList<SkillProgress> rows, FigureRule rule)
    {
        var reassessed = rows.Where(r => r.WasReassessed).ToList();
        var movedUp = reassessed.Count(r => r.MovedUp);
        return new SkillShift(skill, rule.Count(reassessed.Count), rule.Count(movedUp), rule.Share(movedUp, reassessed.Count),
            Bands(reassessed.Select(r => r.Intake!.Value), rule), Bands(reassessed.Select(r => r.Latest!.Value), rule),
            rule.Cells([.. Enum.GetValues<CanDo>().Select(c => rows.Count(r => r.SaidAtEnd == c))]));
    }

    private static IReadOnlyList<Figure> Bands(IEnumerable<int> levels, FigureRule rule)
    {
        var bands = levels.Select(DigComp.BandOf).ToList();
        return rule.Cells([.. Enum.GetValues<Band>().Select(b => bands.Count(x => x == b))]);
    }

    private sealed record Dated(int Level, DateOnly On);

    /// <summary>Tasks and competences as assessed, and the competences rolled up from tasks.</summary>
    private static Dictionary<string, Dated> Rolled(IReadOnlyDictionary<string, SkillLevel> levels, SkillCatalogue skills)
    {
        var rows = levels.Where(l => !DigComp.IsCompetence(l.Key)).ToDictionary(l => l.Key, l => new Dated(l.Value.Level, l.Value.AssessedOn));
        foreach (var (code, level) in CompetenceRollUp.Of(levels, skills)) rows[code] = new Dated(level.Level, level.AssessedOn);
        return rows;
    }

    private static Dictionary<string, CanDo> SaidAtEnd(Guid personId, IEnumerable<Campaign> campaigns)
    {
        var latest = campaigns.Where(c => c.Kind == CampaignKind.EndOfProject)
            .SelectMany(c => c.Answers.Where(a => a.ParticipantId == personId).Select(a => (Campaign: c, Set: a)))
            .OrderBy(x => x.Set.On).ThenBy(x => x.Campaign.Id).LastOrDefault();
        if (latest.Set is null) return [];
        return latest.Set.Answers
            .Select(a => (Question: latest.Campaign.FindQuestion(a.Question), a.Choice))
            .Where(x => x.Question is { Kind: QuestionKind.SelfAssessment, Task: not null } && x.Choice is not null)
            .ToDictionary(x => x.Question!.Task!, x => (CanDo)x.Choice!.Value);
    }
}

/// <summary>Competences first in DigComp order (1.1 … 5.4), then tasks by code.</summary>
internal sealed class SkillOrder : IComparer<string>
{
    public static readonly SkillOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var (cx, cy) = (DigComp.IsCompetence(x), DigComp.IsCompetence(y));
        if (cx != cy) return cx ? -1 : 1;
        return cx ? Version.Parse(x! + ".0").CompareTo(Version.Parse(y! + ".0")) : string.CompareOrdinal(x, y);
    }
}
