using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// Why a JSON body cannot be read as a command: every field at fault, by its JSON path (<c>deadline</c>,
/// <c>tasks[2]</c>, <c>consent.givenOn</c>), with what it must be. The walk follows the serializer's own contract
/// for the type (its JSON names, its converters), and says what is expected in words, never by a type's name.
/// </summary>
public static class JsonShape
{
    public const string Body = "body";

    /// <summary>The errors of a body the serializer refused (read as UTF-8, as the serializer reads it).</summary>
    public static Dictionary<string, Message[]> Errors(byte[] body, Type type, JsonSerializerOptions options)
    {
        var errors = new Dictionary<string, List<Message>>();
        try
        {
            var node = JsonNode.Parse(new MemoryStream(body), new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive },
                new JsonDocumentOptions { MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth });
            Walk(node, options.GetTypeInfo(type), Body, errors, options);
        }
        catch (JsonException) when (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            Add(errors, Body, Says.BodyRequired);
        }
        catch (JsonException syntax)
        {
            Add(errors, Body, Says.NotValidJson((syntax.LineNumber ?? 0) + 1, (syntax.BytePositionInLine ?? 0) + 1));
        }
        catch (Exception twice) when (twice is ArgumentException or InvalidOperationException)
        {
            // A field written twice (JsonObject refuses it): the fallback below says what the body must be.
        }
        // The serializer refused something the walk did not see: say what the whole body must be.
        if (errors.Count == 0) Add(errors, Body, Says.MustBe(Describe(type, options)));
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void Walk(JsonNode? node, JsonTypeInfo info, string path, Dictionary<string, List<Message>> errors, JsonSerializerOptions options)
    {
        var type = info.Type;
        if (node is null)
        {
            if (type.IsValueType && Nullable.GetUnderlyingType(type) is null) Add(errors, path, Says.MustBeNotNull(Describe(type, options)));
            return;
        }
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject fields:
                foreach (var (name, value) in fields)
                {
                    var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, name,
                        options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
                    if (property is null)
                    {
                        if ((info.UnmappedMemberHandling ?? options.UnmappedMemberHandling) == JsonUnmappedMemberHandling.Disallow)
                            Add(errors, Join(path, name), Says.NotAField);
                        continue;
                    }
                    Walk(value, options.GetTypeInfo(property.PropertyType), Join(path, property.Name), errors, options);
                }
                foreach (var missing in info.Properties.Where(p => p.IsRequired && !fields.ContainsKey(p.Name)))
                    Add(errors, Join(path, missing.Name), Says.Required);
                return;
            case JsonTypeInfoKind.Enumerable when node is JsonArray items:
                var element = options.GetTypeInfo(info.ElementType!);
                for (var i = 0; i < items.Count; i++) Walk(items[i], element, $"{path}[{i}]", errors, options);
                return;
            case JsonTypeInfoKind.Dictionary when node is JsonObject entries:
                var entry = options.GetTypeInfo(info.ElementType!);
                foreach (var (key, value) in entries) Walk(value, entry, Join(path, key), errors, options);
                return;
            case JsonTypeInfoKind.None:
                try
                {
                    // A choice that is none of its names is read without a fault (docs/adr/0019), and is at fault all the same.
                    if (node.Deserialize(type, options) is Enum choice && !Enum.IsDefined(choice.GetType(), choice))
                        Add(errors, path, Choices.NotAName(choice.GetType()));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Add(errors, path, Says.MustBe(Describe(type, options)));
                }
                return;
            default:
                Add(errors, path, Says.MustBe(Describe(type, options)));
                return;
        }
    }

    /// <summary>What a value of the type is, in words a client can act on.</summary>
    public static Message Describe(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return Says.AChoice(Choices.NamesOf(type));
        return Type.GetTypeCode(type) switch
        {
            TypeCode.String or TypeCode.Char => Says.AText,
            TypeCode.Boolean => Says.TrueOrFalse,
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 =>
                Says.WholeNumber($"{type.GetField("MinValue")!.GetValue(null)}", $"{type.GetField("MaxValue")!.GetValue(null)}"),
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => Says.ANumber,
            TypeCode.DateTime => Says.AMoment,
            _ when type == typeof(DateOnly) => Says.ADate,
            _ when type == typeof(TimeOnly) => Says.ATime,
            _ when type == typeof(DateTimeOffset) => Says.AMomentWithOffset,
            _ when type == typeof(TimeSpan) => Says.ADuration,
            _ when type == typeof(Guid) => Says.AnId,
            _ => options.GetTypeInfo(type) switch
            {
                { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } item } => Says.AList(Describe(item, options)),
                { Kind: JsonTypeInfoKind.Dictionary, ElementType: { } value } => Says.AnObjectOf(Describe(value, options)),
                { Kind: JsonTypeInfoKind.Object, Properties: var fields } => Says.AnObjectWith(fields.Select(f => f.Name)),
                _ => Says.AValue,
            },
        };
    }

    private static string Join(string path, string name) => path == Body ? name : $"{path}.{name}";

    private static void Add(Dictionary<string, List<Message>> errors, string field, Message error)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(error);
    }
}
