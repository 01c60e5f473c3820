using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LivingLibrary.Api.Reports;
using LivingLibrary.Projections.Library;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LivingLibrary.Api.Localisation;

/// <summary>
/// Words what the domain says (a <see cref="Message"/>: a code and its arguments) in the request's language, from the
/// catalogue's resource files (Catalogue.fr.resx, .nl.resx, .en.resx; docs/adr/0020). A text's <c>{argument}</c> takes the
/// argument's words: a day as the language writes it (4 décembre 2026), a list joined with "and" (<c>{names:or}</c>: "or";
/// <c>{reasons:comma}</c>: commas), a message in its own words; and by the argument's name, a skill, a service, a kind of
/// difficulty, a language or a weekday by its name, a person (helper, learner, people) by <see cref="Names"/>.
/// </summary>
public sealed partial class Catalogue(IStringLocalizer<Catalogue> texts)
{
    /// <summary>
    /// The same catalogue for what is written outside a request's services (a printed report, a person's export, which
    /// components render to a string with services of their own).
    /// </summary>
    public static Catalogue Standalone { get; } = new(new StringLocalizer<Catalogue>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    /// <summary>
    /// The message in the current UI culture's words (the request's: see <see cref="RequestLanguages"/>); in French outside a
    /// request's language (a problem written before the request's language is known, a job).
    /// </summary>
    public string Say(Message message, Names? names = null)
    {
        if (PseudoLocale.IsCurrent) return SayPseudo(message.Code, message.Args, names ?? Names.Default) ?? message.ToString();
        var culture = CultureInfo.CurrentUICulture;
        if (RequestLanguages.Supported.Contains(culture.TwoLetterISOLanguageName)) return Say(message, names ?? Names.Default, culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(RequestLanguages.Default);
        try
        {
            return Say(message, names ?? Names.Default, CultureInfo.CurrentUICulture);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>
    /// A field's fault shown beside the field in a form, as a sentence: the catalogue's words for a form
    /// (<c>{code}.field</c>: "Required." rather than "is required.") when it has some, else the message's words.
    /// </summary>
    public string SayBeside(Message message, Names? names = null)
    {
        var said = PseudoLocale.IsCurrent
            ? SayPseudo(message.Code + FieldSuffix, message.Args, names ?? Names.Default) ?? Say(message, names)
            : texts[message.Code + FieldSuffix].ResourceNotFound ? Say(message, names) : Say(message, names, FieldSuffix);
        return said.Length == 0 ? said : char.ToUpper(said[0], CultureInfo.CurrentUICulture) + said[1..];
    }

    /// <summary>The suffix of the catalogue's words for a form's field.</summary>
    public const string FieldSuffix = ".field";

    private string Say(Message message, Names? names, string suffix) =>
        Say(message, names ?? Names.Default, CultureInfo.CurrentUICulture, message.Code + suffix);

    private string Say(Message message, Names names, CultureInfo culture, string? key = null) =>
        Say(key ?? message.Code, message.Args, names, culture) ?? message.ToString();

    /// <summary>A word of a page in the current UI culture's words (the request's); its key when the catalogue has none.</summary>
    public string Say(Word word) =>
        PseudoLocale.IsCurrent ? SayPseudo(word.Key, word.Args, Names.Default) ?? word.Key
        : RequestLanguages.Supported.Contains(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            ? Say(word.Key, word.Args, Names.Default, CultureInfo.CurrentUICulture) ?? word.Key
            : Say(word, RequestLanguages.Default);

    /// <summary>A word in the words of <paramref name="language"/> (fr, nl, en), whatever the request's: a slip printed for someone else.</summary>
    public string Say(Word word, string language)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(RequestLanguages.Supported.Contains(language) ? language : RequestLanguages.Default);
        try
        {
            return Say(word.Key, word.Args, Names.Default, CultureInfo.CurrentUICulture) ?? word.Key;
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>A language people speak ("ar", "prs") by its name in <paramref name="language"/>'s words; one the catalogue does not name reads as its code.</summary>
    public string LanguageName(string code, string language) => Say(new Word(LanguagePrefix + code), language) is var name && name != LanguagePrefix + code ? name : code;

    private const string LanguagePrefix = "language.";

    /// <summary>In the pseudo-language (Development and tests): the French words, written as <see cref="PseudoLocale"/> does.</summary>
    private string? SayPseudo(string key, IReadOnlyDictionary<string, object?> args, Names names)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(RequestLanguages.Default);
        try
        {
            return Say(key, args, names, CultureInfo.CurrentUICulture, PseudoLocale.Of);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private string? Say(string key, IReadOnlyDictionary<string, object?> args, Names names, CultureInfo culture, Func<string, string>? written = null)
    {
        var text = texts[key];
        if (text.ResourceNotFound) return null;
        return Argument().Replace(written is null ? text.Value : written(text.Value), found =>
            args.TryGetValue(found.Groups["name"].Value, out var value)
                ? Words(found.Groups["name"].Value, value, found.Groups["join"].Value, names, culture)
                : found.Value);
    }

    private string Words(string name, object? value, string join, Names names, CultureInfo culture) => value switch
    {
        null => "",
        JsonElement json => Words(name, Read(json), join, names, culture),
        Message message => Say(message, names, culture),
        string or Guid or DateOnly or DayOfWeek => One(name, value, names, culture),
        IEnumerable items => Joined([.. items.Cast<object?>().Select(i => Words(name, i, "", names, culture))], join, names, culture),
        IFormattable number => number.ToString(null, culture),
        _ => value.ToString() ?? "",
    };

    private string One(string name, object value, Names names, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        return (name, value) switch
        {
            (_, DateOnly day) => Written.Date(day, language),
            (_, Guid person) => names.Person?.Invoke(person) ?? Say(Says.Someone(person.ToString()[..8]), names, culture),
            (_, DayOfWeek weekday) => culture.DateTimeFormat.GetDayName(weekday),
            ("day", string day) when Enum.TryParse<DayOfWeek>(day, true, out var weekday) => culture.DateTimeFormat.GetDayName(weekday),
            ("skill" or "subject", string code) => Lower(names.Skills.LabelOf(Skill.FromCode(code))?.In(language)) ?? code,
            ("service", string code) => names.Services.Find(code)?.Name.In(language) ?? code,
            ("difficulty", string code) => Lower(Difficulties.All.FirstOrDefault(d => d.Code == code)?.Name.In(language)) ?? code,
            ("language" or "languages", string code) => LanguageName(code, language),
            _ => $"{value}",
        };
    }

    /// <summary>
    /// An argument of a message read back from the API's JSON (a console page shows the refusal the API answered it) as
    /// the value it was written from: an id, a day, a number, a text, a list, a message.
    /// </summary>
    private static object? Read(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String when json.TryGetGuid(out var id) => id,
        JsonValueKind.String when DateOnly.TryParseExact(json.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number when json.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => json.GetDecimal(),
        JsonValueKind.Array => json.EnumerateArray().Select(Read).ToList(),
        JsonValueKind.Object => json.Deserialize<Message>(ViewJson.Options),
        JsonValueKind.True or JsonValueKind.False => json.GetBoolean(),
        _ => null,
    };

    /// <summary>"a, b and c" (or "or", or commas only), in the language's words.</summary>
    private string Joined(IReadOnlyList<string> items, string join, Names names, CultureInfo culture) =>
        items.Count <= 1 || join == "comma"
            ? string.Join(", ", items)
            : Say(join == "or" ? Says.ListOr(string.Join(", ", items.Take(items.Count - 1)), items[^1])
                : Says.ListAnd(string.Join(", ", items.Take(items.Count - 1)), items[^1]), names, culture);

    /// <summary>A name inside a sentence: "Payer une facture en ligne" reads "payer une facture en ligne" (an acronym stays).</summary>
    private static string? Lower(string? name) =>
        name is { Length: > 1 } && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:(?<join>or|comma))?\}")]
    private static partial Regex Argument();
}

/// <summary>
/// What a message's arguments name, for its words: people by their display names (none by default: a person is then
/// "participant 0194f2a0"), the organisation's skills and services (the built-in ones by default).
/// </summary>
public sealed record Names(Func<Guid, string?>? Person = null, SkillCatalogue? SkillList = null, ServiceList? ServiceList = null)
{
    public static readonly Names Default = new();

    public SkillCatalogue Skills => SkillList ?? SkillCatalogue.BuiltIn;

    public ServiceList Services => ServiceList ?? Domain.Cases.ServiceList.BuiltIn;

    /// <summary>The participants' display names (the same person twice counts once).</summary>
    public static Func<Guid, string?> Of(IEnumerable<Participant> people)
    {
        var names = people.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Person.DisplayName);
        return id => names.GetValueOrDefault(id);
    }
}
