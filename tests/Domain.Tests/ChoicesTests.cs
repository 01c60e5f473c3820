using System.Text.Json;
using System.Text.Json.Serialization;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Domain.Tests;

/// <summary>How the API's JSON reads and writes choices (docs/adr/0019), and why .NET's own converter is not enough.</summary>
public sealed class ChoicesTests
{
    private sealed record Need(NeedPriority? Priority);

    private static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web) { Converters = { new ChoiceJsonConverter() } };

    [Theory]
    [InlineData("\"high\"", NeedPriority.High)]
    [InlineData("\"High\"", NeedPriority.High)]
    [InlineData("\"LOW\"", NeedPriority.Low)]
    public void A_name_in_any_case_is_read_as_its_choice(string json, NeedPriority expected) =>
        JsonSerializer.Deserialize<Need>($$"""{"priority":{{json}}}""", Api)!.Priority.ShouldBe(expected);

    [Theory]
    [InlineData("2")]
    [InlineData("7")]
    [InlineData("\"2\"")]
    [InlineData("\" 2\"")]
    [InlineData("\"low, high\"")]
    [InlineData("\"urgent\"")]
    [InlineData("\"\"")]
    [InlineData("{}")]
    [InlineData("[\"high\"]")]
    public void Anything_but_a_name_is_read_as_no_choice_which_decisions_refuse(string json)
    {
        var read = JsonSerializer.Deserialize<Need>($$"""{"priority":{{json}}}""", Api)!.Priority;

        read.ShouldNotBeNull();
        Enum.IsDefined(read.Value).ShouldBeFalse();
        new Fields().Choice("priority", read).Refusal()!.Errors!["priority"].ShouldBe([Says.NotAChoice(["low", "normal", "high"])]);
    }

    [Fact]
    public void Null_is_no_answer_and_a_value_stored_before_the_rule_is_written_as_its_number()
    {
        JsonSerializer.Deserialize<Need>("""{"priority":null}""", Api)!.Priority.ShouldBeNull();
        JsonSerializer.Serialize(new Need(NeedPriority.High), Api).ShouldBe("""{"priority":"high"}""");
        JsonSerializer.Serialize(new Need((NeedPriority)7), Api).ShouldBe("""{"priority":7}""");
    }

    [Fact]
    public void Dotnets_converter_without_integers_still_reads_a_list_of_names_and_cannot_write_a_stored_number()
    {
        var strict = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Need>("""{"priority":"3"}""", strict));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Need>("""{"priority":2}""", strict));
        JsonSerializer.Deserialize<Need>("""{"priority":"normal, high"}""", strict)!.Priority.ShouldBe((NeedPriority)3);
        Should.Throw<JsonException>(() => JsonSerializer.Serialize(new Need((NeedPriority)7), strict));
    }
}
