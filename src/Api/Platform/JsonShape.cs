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
    public static Dictionary<string, string[]> Errors(byte[] body, Type type, JsonSerializerOptions options)
    {
        var errors = new Dictionary<string, List<string>>();
        try
        {
            var node = JsonNode.Parse(new MemoryStream(body), new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive },
                new JsonDocumentOptions { MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth });
            Walk(node, options.GetTypeInfo(type), Body, errors, options);
        }
        catch (JsonException) when (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            Add(errors, Body, "is required: a JSON object.");
        }
        catch (JsonException syntax)
        {
            Add(errors, Body, $"is not valid JSON: it breaks at line {syntax.LineNumber + 1}, byte {syntax.BytePositionInLine + 1}.");
        }
        catch (Exception twice) when (twice is ArgumentException or InvalidOperationException)
        {
            // A field written twice (JsonObject refuses it): the fallback below says what the body must be.
        }
        // The serializer refused something the walk did not see: say what the whole body must be.
        if (errors.Count == 0) Add(errors, Body, $"must be {Describe(type, options)}.");
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void Walk(JsonNode? node, JsonTypeInfo info, string path, Dictionary<string, List<string>> errors, JsonSerializerOptions options)
    {
        var type = info.Type;
        if (node is null)
        {
            if (type.IsValueType && Nullable.GetUnderlyingType(type) is null) Add(errors, path, $"must be {Describe(type, options)}, not null.");
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
                            Add(errors, Join(path, name), "is not a field of this request.");
                        continue;
                    }
                    Walk(value, options.GetTypeInfo(property.PropertyType), Join(path, property.Name), errors, options);
                }
                foreach (var missing in info.Properties.Where(p => p.IsRequired && !fields.ContainsKey(p.Name)))
                    Add(errors, Join(path, missing.Name), "is required.");
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
                    Add(errors, path, $"must be {Describe(type, options)}.");
                }
                return;
            default:
                Add(errors, path, $"must be {Describe(type, options)}.");
                return;
        }
    }

    /// <summary>What a value of the type is, in words a client can act on.</summary>
    public static string Describe(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return Choices.Expected(type);
        return Type.GetTypeCode(type) switch
        {
            TypeCode.String or TypeCode.Char => "a text",
            TypeCode.Boolean => "true or false",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 =>
                $"a whole number from {type.GetField("MinValue")!.GetValue(null)} to {type.GetField("MaxValue")!.GetValue(null)}",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            TypeCode.DateTime => "a date and time written yyyy-MM-ddTHH:mm:ssZ",
            _ when type == typeof(DateOnly) => "a date written yyyy-MM-dd",
            _ when type == typeof(TimeOnly) => "a time written HH:mm:ss",
            _ when type == typeof(DateTimeOffset) => "a date and time written yyyy-MM-ddTHH:mm:ssZ or with its offset (+01:00)",
            _ when type == typeof(TimeSpan) => "a duration written hh:mm:ss",
            _ when type == typeof(Guid) => "an id: 32 hexadecimal digits written 8-4-4-4-12",
            _ => options.GetTypeInfo(type) switch
            {
                { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } item } => $"a list, each item {Describe(item, options)}",
                { Kind: JsonTypeInfoKind.Dictionary, ElementType: { } value } => $"an object, each value {Describe(value, options)}",
                { Kind: JsonTypeInfoKind.Object, Properties: var fields } =>
                    $"an object with the fields {string.Join(", ", fields.Select(f => f.Name))}",
                _ => "a value of the kind the API's documentation shows",
            },
        };
    }

    private static string Join(string path, string name) => path == Body ? name : $"{path}.{name}";

    private static void Add(Dictionary<string, List<string>> errors, string field, string error)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(error);
    }
}
