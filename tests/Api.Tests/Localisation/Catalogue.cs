using System.Text.RegularExpressions;
using System.Reflection.PortableExecutable;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using System.Collections;
using System.Globalization;
using System.Reflection;
using LivingLibrary.Api.Localisation;
using LivingLibrary.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace LivingLibrary.Api.Tests.Localisation;

/// <summary>The catalogue as the API builds it, and every message <see cref="Says"/> can make (its registry), for tests.</summary>
public static partial class TestCatalogue
{
    public static readonly string[] Languages = ["fr", "nl", "en"];

    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().AddLocalization().AddSingleton<Catalogue>().BuildServiceProvider();

    public static Catalogue Catalogue => Services.GetRequiredService<Catalogue>();

    /// <summary>The message in a language's words.</summary>
    public static string Say(Message message, string language, Names? names = null) => In(language, () => Catalogue.Say(message, names));

    /// <summary>A page's word in a language's words.</summary>
    public static string Say(Word word, string language) => Catalogue.Say(word, language);

    /// <summary>The message as a form shows it beside a field.</summary>
    public static string SayBeside(Message message, string language) => In(language, () => Catalogue.SayBeside(message));

    /// <summary>The catalogue's texts in one language, without falling back on another: code → text.</summary>
    public static IReadOnlyDictionary<string, string> Texts(string language) =>
        In(language, () => Services.GetRequiredService<IStringLocalizer<Catalogue>>().GetAllStrings(includeParentCultures: false)
            .ToDictionary(s => s.Name, s => s.Value));

    private static T In<T>(string language, Func<T> run)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try { return run(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    /// <summary>
    /// Every message <see cref="Says"/> can make: each property, and each method called with every value of its choices
    /// (an enum parameter may choose the code) and a sample of everything else.
    /// </summary>
    public static IReadOnlyList<Message> Everything()
    {
        var messages = new List<Message>();
        foreach (var member in typeof(Says).GetMembers(BindingFlags.Public | BindingFlags.Static))
            switch (member)
            {
                case PropertyInfo { PropertyType: var t } property when t == typeof(Message):
                    messages.Add((Message)property.GetValue(null)!);
                    break;
                case MethodInfo { ReturnType: var t, IsSpecialName: false } method when t == typeof(Message):
                    foreach (var arguments in Combinations(method.GetParameters().Select(p => Samples(p.ParameterType)).ToList()))
                        messages.Add((Message)method.Invoke(null, arguments)!);
                    break;
            }
        return messages;
    }

    /// <summary>
    /// Every word the pages, reports and exports can name (<see cref="Word"/>): each static field or property of that type
    /// in the API, and each static method that gives one called with every value of its choices and a sample of the rest.
    /// </summary>
    public static IReadOnlyList<Word> EveryWord()
    {
        var words = new List<Word>();
        foreach (var type in typeof(Word).Assembly.GetTypes())
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
                switch (member)
                {
                    case FieldInfo { FieldType: var t } field when t == typeof(Word):
                        words.Add((Word)field.GetValue(null)!);
                        break;
                    case PropertyInfo { PropertyType: var t } property when t == typeof(Word):
                        words.Add((Word)property.GetValue(null)!);
                        break;
                    case MethodInfo { ReturnType: var t, IsSpecialName: false, ContainsGenericParameters: false } method when t == typeof(Word) || t == typeof(Word[]):
                        foreach (var arguments in Combinations(method.GetParameters().Select(p => Samples(p.ParameterType)).ToList()))
                            if (method.Invoke(null, arguments) is var made && made is Word word) words.Add(word);
                            else if (made is Word[] several) words.AddRange(several);
                        break;
                }
        return words;
    }

    /// <summary>
    /// The key of every word the API's code names by a literal (<c>new("report.key-figures")</c>), pages and components
    /// included: the strings of the compiled assembly that read as a word's key.
    /// </summary>
    public static IReadOnlyList<string> WordKeysInCode()
    {
        using var pe = new PEReader(File.OpenRead(typeof(Word).Assembly.Location));
        var metadata = pe.GetMetadataReader();
        var keys = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
            if (metadata.GetUserString(handle) is var text && WordKey().IsMatch(text)) keys.Add(text);
        return keys;
    }

    // A file's name ("report.csv") is not a word.
    [GeneratedRegex(@"^(console|report|export)\.[a-z0-9-]+(\.[a-z0-9-]+)*(?<!\.(csv|json|zip|html|pdf|svg))$")]
    private static partial Regex WordKey();

    private static IEnumerable<object?[]> Combinations(IReadOnlyList<object?[]> choices) =>
        choices.Aggregate((IEnumerable<object?[]>)[[]], (sofar, values) => sofar.SelectMany(s => values.Select(v => (object?[])[.. s, v])));

    private static readonly Guid Someone = new("0194f2a0-de01-7000-8000-000000000001");

    private static object?[] Samples(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return [.. Enum.GetValues(type).Cast<object>()];
        if (type == typeof(int)) return [3];
        if (type == typeof(long)) return [3L];
        if (type == typeof(string)) return ["x"];
        if (type == typeof(DateOnly)) return [new DateOnly(2026, 12, 4)];
        if (type == typeof(Guid)) return [Someone];
        if (type == typeof(Message)) return [Says.Pinned];
        if (type == typeof(IEnumerable<string>)) return [new[] { "fr", "ar" }];
        if (type == typeof(IEnumerable<Guid>)) return [new[] { Someone }];
        if (type == typeof(IEnumerable<Message>)) return [new[] { Says.Pinned, Says.HighPriority }];
        if (type == typeof(double)) return [3.5];
        if (type == typeof(LivingLibrary.Api.Reports.ReportWords)) return [new LivingLibrary.Api.Reports.ReportWords("en")];
        if (type == typeof(object)) return [new object()];
        if (!type.IsAbstract && !type.IsInterface && !type.IsArray) return [RuntimeHelpers.GetUninitializedObject(type)];
        throw new InvalidOperationException($"No sample of {type} for a parameter: add one here.");
    }
}
