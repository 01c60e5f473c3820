using System.Text.Json;
using System.Text.Json.Serialization;

namespace LivingLibrary.Domain;

/// <summary>
/// The one rule for enums (docs/adr/0019): a choice is one of its names, as a string in camelCase (<c>"high"</c>),
/// never a number (<c>2</c>, <c>"2"</c>) nor a list of names (<c>"low, high"</c>). Anything else reads as no
/// choice at all, which every decision refuses with a 400 naming the field and the valid names
/// (<see cref="Fields.Choice{T}"/>). A value stored before this rule that is none of the names never breaks a read.
/// </summary>
public static class Choices
{
    /// <summary>Each name of the enum, as requests send it.</summary>
    public static IReadOnlyList<string> NamesOf(Type type) => [.. Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName)];

    /// <summary>What a 400 says of a value that is none of the names: one of them, as a name (not a number).</summary>
    public static Message NotAName(Type type) => Says.NotAChoice(NamesOf(type));

    /// <summary>One of the names (any case), or null: numbers, numeric strings and lists of names are not names.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum =>
        text is not null && Named<T>.ByName.TryGetValue(text, out var value) ? value : null;

    /// <summary>Whether the text is one of the enum's names (any case).</summary>
    public static bool IsName(Type type, string text) => Enum.GetNames(type).Contains(text, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name of a choice as requests send it and answers write it.</summary>
    public static string Name<T>(T value) where T : struct, Enum =>
        Named<T>.ByValue.TryGetValue(value, out var name) ? name : value.ToString();

    /// <summary>What a form sent: blank is no answer; anything but a name is an answer that is no choice, which the decision refuses.</summary>
    public static T? Read<T>(string? text) where T : struct, Enum => string.IsNullOrEmpty(text) ? null : Parse<T>(text) ?? NoChoice<T>();

    /// <summary>A stored value, if it is one of the choices; null when it is none (stored before requests were checked).</summary>
    public static T? Known<T>(this T value) where T : struct, Enum => Enum.IsDefined(value) ? value : null;

    /// <summary>Reads a JSON string that is not one of the names as this value, which is none of them either.</summary>
    internal static T NoChoice<T>() where T : struct, Enum => (T)Enum.ToObject(typeof(T), -1);

    private static class Named<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue =
            Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

        public static readonly Dictionary<string, T> ByName =
            ByValue.ToDictionary(e => e.Value, e => e.Key, StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>
/// Enums in the API's JSON: written as their camelCase name (a value that is none of the names, stored before requests
/// were checked, as its number, so that a read never fails); read from a name only (<see cref="Choices"/>).
/// </summary>
public sealed class ChoiceJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        // A null for a member that cannot be null is no choice either: the decision names the field.
        public override bool HandleNull => true;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String) return Choices.Parse<T>(reader.GetString()) ?? Choices.NoChoice<T>();
            reader.Skip();
            return Choices.NoChoice<T>();
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (Enum.IsDefined(value)) writer.WriteStringValue(Choices.Name(value));
            else writer.WriteNumberValue(Convert.ToInt64(value));
        }

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Choices.Parse<T>(reader.GetString()) ?? Choices.NoChoice<T>();

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Choices.Name(value));
    }
}
