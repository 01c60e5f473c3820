using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Competences;

namespace LivingLibrary.Domain.Tests;

/// <summary>
/// Every command of the domain, found by its <c>Decide</c> or <c>Check</c> (so a new one is covered without extra
/// work), sent with every field wrong (texts with a control character, negative numbers, choices that are none of
/// the names, dates out of every window) to every state its decision reads, varied one member at a time (closed,
/// ended, left, erased, withdrawn…): it is refused with a 400 before any 409 (docs/adr/0003, 0016), and the 400 names
/// each field that holds a choice or a date. A 404 or 403 may come first: who may see and do comes before fields.
/// </summary>
public sealed class FieldsBeforeStateTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    /// <summary>Wrong values of one kind: a choice numbered <see cref="Choice"/> and the day <see cref="Day"/>.</summary>
    public sealed record Wrong(int Choice, DateOnly Day);

    private static readonly Wrong[] WrongValues = [new(99, new DateOnly(9999, 12, 31)), new(-1, new DateOnly(1, 1, 1)), new(7, new DateOnly(2099, 1, 1))];

    public static TheoryData<string> Commands() => [.. CommandTypes().Select(t => t.FullName!)];

    [Fact]
    public void Every_command_is_found()
    {
        var names = CommandTypes().Select(t => t.Name).ToList();
        names.ShouldContain("AcceptPairing");
        names.ShouldContain("RecordAssessment");
        names.ShouldContain("RevealLearningNeed");
        names.Count.ShouldBeGreaterThan(50);
    }

    [Theory, MemberData(nameof(Commands))]
    public void A_command_with_every_field_wrong_is_refused_400_naming_its_choices_and_dates_whatever_the_state(string command)
    {
        var type = typeof(Decision).Assembly.GetType(command)!;
        var decisions = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(IsDecision).ToList();
        var tried = 0;
        foreach (var wrong in WrongValues)
        {
            var hostile = Hostile(type, wrong, 0)!;
            foreach (var decision in decisions)
            foreach (var arguments in States(decision))
            {
                tried++;
                var said = $"{type.Name}.{decision.Name}({string.Join(", ", arguments.Select(Show))}) with {Show(hostile)}";
                var refusal = RefusalOf(decision.Invoke(hostile, arguments));
                refusal.ShouldNotBeNull($"{said} was accepted.");
                refusal.Kind.ShouldBeOneOf([RefusalKind.Invalid, RefusalKind.NotFound, RefusalKind.Forbidden], $"{said}: {refusal.Detail}");
                // A decision that runs after its command's Check (on what the Check let through) need not name every field again.
                if (refusal.Kind != RefusalKind.Invalid || (decision.Name == "Decide" && decisions.Any(d => d.Name == "Check"))) continue;
                var named = refusal.Errors!.Keys.Select(k => k.Split('.', '[')[0]).ToHashSet();
                foreach (var field in Fields(type).Where(f => HoldsChoiceOrDate(f.Type, 0)))
                    Names(field).ShouldContain(n => named.Contains(n), $"{said} names {string.Join(", ", refusal.Errors.Keys)}, not {field.Name}.");
            }
        }
        tried.ShouldBeGreaterThan(0);
    }

    /// <summary>Commands: records of the domain with fields of their own (nullable: a request may leave them out) and a decision.</summary>
    private static IEnumerable<Type> CommandTypes() =>
        typeof(Decision).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(IsDecision))
            .Where(t => Fields(t).Any(f => f.Nullable))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static bool IsDecision(MethodInfo method) =>
        method.Name is "Decide" or "Check" && RefusalOfType(method.ReturnType);

    private static bool RefusalOfType(Type type) =>
        type == typeof(Decision) || type == typeof(Refusal)
        || (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal)
            && type.GetGenericArguments()[0] is var first && (first == typeof(Decision) || first == typeof(Refusal)));

    private static Refusal? RefusalOf(object? result) => result switch
    {
        Decision d => d.Refusal,
        Refusal r => r,
        ITuple tuple => RefusalOf(tuple[0]),
        _ => null,
    };

    private sealed record Field(string Name, Type Type, bool Nullable);

    private static readonly NullabilityInfoContext Nullability = new();

    private static IReadOnlyList<Field> Fields(Type type) =>
        Constructor(type)?.GetParameters().Select(p => new Field(p.Name!, p.ParameterType,
            System.Nullable.GetUnderlyingType(p.ParameterType) is not null || Nullability.Create(p).WriteState == NullabilityState.Nullable)).ToList() ?? [];

    private static ConstructorInfo? Constructor(Type type) => type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();

    /// <summary>A field is named by its own name, or (in a nested entry checked on its own) by that of a choice or date inside it.</summary>
    private static IEnumerable<string> Names(Field field) =>
        [Camel(field.Name), .. Fields(Element(field.Type)).Where(f => HoldsChoiceOrDate(f.Type, 0)).Select(f => Camel(f.Name))];

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static Type Element(Type type)
    {
        type = System.Nullable.GetUnderlyingType(type) ?? type;
        return type != typeof(string) && type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } list
            ? list.GetGenericArguments()[0]
            : type;
    }

    private static bool HoldsChoiceOrDate(Type type, int depth)
    {
        type = Element(type);
        return type.IsEnum || type == typeof(DateOnly) || type == typeof(DateTimeOffset)
               || (depth < 3 && type.Namespace?.StartsWith("LivingLibrary", StringComparison.Ordinal) == true && !type.IsEnum
                   && Fields(type).Any(f => HoldsChoiceOrDate(f.Type, depth + 1)));
    }

    /// <summary>A value of the type with everything wrong; a missing id is as wrong as an id can be told to be here.</summary>
    private static object? Hostile(Type type, Wrong wrong, int depth)
    {
        var underlying = System.Nullable.GetUnderlyingType(type);
        if (underlying == typeof(Guid)) return null;
        type = underlying ?? type;
        if (type == typeof(string)) return "\u0001";
        if (type == typeof(int) || type == typeof(long)) return Convert.ChangeType(-1, type);
        if (type == typeof(bool)) return true;
        if (type == typeof(Guid)) return Guid.Empty;
        if (type == typeof(DateOnly)) return wrong.Day;
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(wrong.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (type == typeof(TimeOnly)) return TimeOnly.MinValue;
        if (type.IsEnum) return Enum.ToObject(type, wrong.Choice);
        if (Element(type) is var element && element != type) return List(element, Hostile(element, wrong, depth + 1));
        return depth > 3 || Constructor(type) is not { } constructor
            ? null
            : constructor.Invoke([.. constructor.GetParameters().Select(p => Hostile(p.ParameterType, wrong, depth + 1))]);
    }

    /// <summary>The arguments of a decision: a plain state, then each argument in each of its variants, the others plain.</summary>
    private static IEnumerable<object?[]> States(MethodInfo decision)
    {
        var parameters = decision.GetParameters();
        var plain = parameters.Select(p => Plain(p.ParameterType, 0)).ToArray();
        yield return plain;
        for (var i = 0; i < parameters.Length; i++)
            foreach (var variant in Variants(parameters[i].ParameterType, Nullability.Create(parameters[i]).WriteState == NullabilityState.Nullable))
            {
                var arguments = (object?[])plain.Clone();
                arguments[i] = variant;
                yield return arguments;
            }
    }

    /// <summary>The other states of a value worth trying: null, each value of each choice, flags set, optional members given.</summary>
    private static IEnumerable<object?> Variants(Type type, bool nullable)
    {
        if (nullable) yield return null;
        var underlying = System.Nullable.GetUnderlyingType(type);
        if (underlying is not null) yield return Plain(underlying, 0);
        type = underlying ?? type;
        if (type == typeof(bool)) yield return true;
        if (type.IsEnum)
            foreach (var value in Enum.GetValues(type)) yield return value;
        if (Constructor(type) is not { } constructor || type.Namespace?.StartsWith("LivingLibrary", StringComparison.Ordinal) != true) yield break;

        var parameters = constructor.GetParameters();
        var plain = parameters.Select(p => Plain(p.ParameterType, 1)).ToArray();
        for (var i = 0; i < parameters.Length; i++)
            foreach (var member in MemberVariants(parameters[i].ParameterType, Nullability.Create(parameters[i]).WriteState == NullabilityState.Nullable))
            {
                var arguments = (object?[])plain.Clone();
                arguments[i] = member;
                yield return constructor.Invoke(arguments);
            }
        foreach (var property in type.GetProperties().Where(p => p.SetMethod?.IsPublic == true && parameters.All(c => c.Name != p.Name)))
            foreach (var member in MemberVariants(property.PropertyType, Nullability.Create(property).WriteState == NullabilityState.Nullable))
            {
                var value = constructor.Invoke(plain);
                property.SetValue(value, member);
                yield return value;
            }
    }

    private static IEnumerable<object?> MemberVariants(Type type, bool nullable)
    {
        var underlying = System.Nullable.GetUnderlyingType(type);
        if (underlying is not null) return [Plain(underlying, 1)];
        if (type == typeof(bool)) return [true];
        if (type.IsEnum) return Enum.GetValues(type).Cast<object>();
        return nullable ? [Plain(type, 1, optional: false)] : [];
    }

    /// <summary>A plain value: today, an id, one of each choice, empty lists, optional members left out.</summary>
    private static object? Plain(Type type, int depth, bool optional = true)
    {
        if (System.Nullable.GetUnderlyingType(type) is not null) return null;
        if (type == typeof(string)) return "x";
        if (type == typeof(int) || type == typeof(long)) return Convert.ChangeType(1, type);
        if (type == typeof(bool)) return false;
        if (type == typeof(Guid)) return Guid.Parse("0194f2a0-0000-7000-8000-000000000001");
        if (type == typeof(DateOnly)) return Today;
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        if (type == typeof(TimeOnly)) return new TimeOnly(9, 0);
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (type == typeof(SkillCatalogue)) return SkillCatalogue.BuiltIn;
        if (type == typeof(ServiceList)) return ServiceList.BuiltIn;
        if (type == typeof(LivingLibrary.Domain.DropIns.DeskVocabulary)) return LivingLibrary.Domain.DropIns.DeskVocabulary.BuiltIn;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()));
        if (Element(type) is var element && element != type) return List(element);
        if (depth > 4 || Constructor(type) is not { } constructor) return null;
        return constructor.Invoke([.. constructor.GetParameters().Select(p =>
            optional && Nullability.Create(p).WriteState == NullabilityState.Nullable ? null : Plain(p.ParameterType, depth + 1))]);
    }

    private static Array List(Type element, params object?[] items)
    {
        var list = Array.CreateInstance(element, items.Length);
        for (var i = 0; i < items.Length; i++) list.SetValue(items[i], i);
        return list;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string or DateOnly or Enum or bool or int => value.ToString()!,
        IEnumerable list => $"[{list.Cast<object?>().Count()}]",
        _ => value.GetType().Name + (value.GetType().GetProperty("Status")?.GetValue(value) is { } status ? $"({status})" : ""),
    };
}
