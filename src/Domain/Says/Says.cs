using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace LivingLibrary.Domain;

/// <summary>
/// Every code the domain (and the API's edge) can say, each with the arguments its words need: the one registry the
/// catalogue is checked against (docs/adr/0020). A member's code is written once, here; its words are the catalogue's,
/// in French, Dutch and English (src/Api/Localisation). One file per capability.
/// </summary>
public static partial class Says
{
    // What any field may be told.
    public static Message Required => Of("required");
    public static Message RequiredOneOf(IEnumerable<string> names) => Of("required-one-of", new { names });
    public static Message TooLong(int max) => Of("too-long", new { max });
    public static Message ControlCharacters => Of("control-characters");
    public static Message LanguagesRequired => Of("languages-required");
    public static Message TooManyLanguages(int max) => Of("too-many-languages", new { max });
    public static Message NotALanguageCode(string? code) => Of("not-a-language-code", new { code });
    public static Message NotAChoice(IEnumerable<string> names) => Of("not-a-choice", new { names });
    public static Message DayHappened(DateOnly from, DateOnly today) => Of("day-happened", new { from, today });
    public static Message DayPlanned(DateOnly from, DateOnly to) => Of("day-planned", new { from, to });
    public static Message NotBeforeDay(DateOnly day) => Of("not-before-day", new { day });
    public static Message NotBefore(string field) => Of("not-before", new { field });
    public static Message FromTo(int min, int max) => Of("from-to", new { min, max });
    public static Message AtMost(int max) => Of("at-most", new { max });
    public static Message AtLeastOne => Of("at-least-one");
    public static Message NotNegative => Of("not-negative");
    public static Message OneOf(IEnumerable<string> names) => Of("one-of", new { names });
    public static Message ListRequired => Of("list-required");
    public static Message NoNulls => Of("no-nulls");
    public static Message DistinctIds => Of("distinct-ids");
    public static Message RequiredInOneLanguage(IEnumerable<string> fields) => Of("required-in-one-language", new { fields });
    public static Message KebabCode(string example) => Of("kebab-code", new { example });
    public static Message UnknownServiceCode => Of("unknown-service");
    public static Message UnknownDifficulty(IEnumerable<string> names) => Of("unknown-difficulty", new { names });
    public static Message UnknownSkill(string? skill) => Of("unknown-skill", new { skill });
    public static Message UnknownTask => Of("unknown-task");
    public static Message LevelOutOfRange(int min, int max) => Of("level-out-of-range", new { min, max });
    public static Message InCutOffPast => Of("cut-off-in-the-past");
    public static Message AlreadyVoided => Of("already-voided");

    // A refusal's own detail, and who may act.
    public static Message InvalidFields => Of("invalid-fields");
    public static Message CoordinatorOnly => Of("coordinator-only");
    public static Message CoordinatorSeesWholeOrganisation => Of("coordinator-sees-whole-organisation");
    public static Message CoordinatorManagesCatalogue => Of("coordinator-manages-catalogue");
    public static Message CoordinatorManagesQuestions => Of("coordinator-manages-questions");
    public static Message CoordinatorManagesDirectory => Of("coordinator-manages-directory");
    public static Message CoordinatorManagesServices => Of("coordinator-manages-services");
    public static Message CoordinatorSetsWeights => Of("coordinator-sets-weights");
    public static Message CoordinatorExports => Of("coordinator-exports");

    /// <summary>What cannot be found, or may not be known to exist: one code per kind of thing (<see cref="Thing"/>).</summary>
    public static Message NoSuch(Thing thing) => Of("no-such-" + Kebab(thing.ToString()));

    /// <summary>A code and its arguments, given as an anonymous object (<c>new { min, max }</c>): the names are the arguments'.</summary>
    private static Message Of(string code, object? args = null) => new(code, args is null ? NoArguments : Arguments(args));

    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Shapes = new();

    private static Dictionary<string, object?> Arguments(object args) =>
        Shapes.GetOrAdd(args.GetType(), t => t.GetProperties()).ToDictionary(p => p.Name, p => Plain(p.GetValue(args)));

    /// <summary>Arguments as they travel: a choice as its name, a sequence as a list (read once).</summary>
    private static object? Plain(object? value) => value switch
    {
        null or string or Message => value,
        Enum choice => JsonNamingPolicy.CamelCase.ConvertName(choice.ToString()),
        IEnumerable items => items.Cast<object?>().Select(Plain).ToArray(),
        _ => value,
    };

    private static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : $"{c}"));
}

/// <summary>The kinds of thing a 404 says there is no such of.</summary>
public enum Thing
{
    Resource, Group, Participant, ParticipantInGroup, Pairing, Suggestion, PairInSuggestion, Helper, LearningNeed,
    Case, ExchangeSession, ExchangeSessionOfCase, PairingOfCase, Partner, DropInDesk, DropInSession, Visitor, Campaign,
    Question, Task, Network, KnowledgeEntry, AdvocacyPoint, Device, Report, GroupAmongYours, User, Facilitator, HelpSession, Accompaniment, NamedAnswers, Photo, Activity, Occurrence, CalendarLink,
    VisitorCard, Referral,
}
