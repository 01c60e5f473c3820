using System.Text.Json;
using System.Text.Json.Serialization;
using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Domain.Observatory;

/// <summary>
/// One service and kind of difficulty in one month: how many cases, where they stand, the autonomy the resolved ones
/// ended with, and the minutes spent. Counts of cases only, never who. Stored as a JSON array, a quarter of the named
/// form: a network's view reads every member's months at once (docs/adr/0011).
/// </summary>
[JsonConverter(typeof(ObservatoryCellJson))]
public sealed record ObservatoryCell(string Service, string Difficulty, int Cases, int FromDropIns, int Open, int Resolved, int Referred, int Closed,
    int DoneForThem, int DoneTogether, int DoneAlone, int Minutes)
{
    public static ObservatoryCell Empty(string service, string difficulty) => new(service, difficulty, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    [JsonIgnore]
    public bool IsEmpty => Cases == 0 && Minutes == 0;

    /// <summary>This cell with a case's line counted in (<paramref name="sign"/> 1) or taken out (-1).</summary>
    public ObservatoryCell With(CaseLine line, int sign)
    {
        if (line.Status == CaseStatus.Voided) return this; // a voided case counts nowhere: its earlier line is taken out, this one never put in
        int Of(bool counts) => counts ? sign : 0;
        var resolved = line.Status == CaseStatus.Resolved;
        return new(Service, Difficulty, Cases + sign, FromDropIns + Of(line.FromDropIn), Open + Of(line.Status == CaseStatus.Open),
            Resolved + Of(resolved), Referred + Of(line.Status == CaseStatus.Referred), Closed + Of(line.Status == CaseStatus.Closed),
            DoneForThem + Of(resolved && line.Autonomy == Autonomy.DoneForThem), DoneTogether + Of(resolved && line.Autonomy == Autonomy.DoneTogether),
            DoneAlone + Of(resolved && line.Autonomy == Autonomy.DoneAlone), Minutes + sign * line.Minutes);
    }

    public ObservatoryCell Plus(ObservatoryCell other) =>
        new(Service, Difficulty, Cases + other.Cases, FromDropIns + other.FromDropIns, Open + other.Open, Resolved + other.Resolved,
            Referred + other.Referred, Closed + other.Closed, DoneForThem + other.DoneForThem, DoneTogether + other.DoneTogether,
            DoneAlone + other.DoneAlone, Minutes + other.Minutes);
}

/// <summary>An organisation's (or a network's) cases of one month (<c>yyyy-MM</c>, the month a case was brought), cell by cell, in code order.</summary>
public sealed record ObservatoryMonth(string Id, IReadOnlyList<ObservatoryCell> Cells)
{
    public static ObservatoryMonth Of(string month, IEnumerable<CaseLine> lines) =>
        lines.Aggregate(new ObservatoryMonth(month, []), (m, line) => m.With(line, 1));

    public ObservatoryMonth With(CaseLine line, int sign)
    {
        var cells = Cells.ToDictionary(c => (c.Service, c.Difficulty));
        var key = (line.Service, line.Difficulty);
        cells[key] = cells.GetValueOrDefault(key, ObservatoryCell.Empty(line.Service, line.Difficulty)).With(line, sign);
        return this with { Cells = Ordered(cells.Values) };
    }

    private static IReadOnlyList<ObservatoryCell> Ordered(IEnumerable<ObservatoryCell> cells) =>
        [.. cells.Where(c => !c.IsEmpty).OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Difficulty, StringComparer.Ordinal)];
}

/// <summary><c>["itsme","login-and-identity",37,30,2,8,22,5,1,4,3,610]</c>: service, difficulty, then the counts in the record's order.</summary>
public sealed class ObservatoryCellJson : JsonConverter<ObservatoryCell>
{
    public override ObservatoryCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("An observatory cell is an array.");
        reader.Read();
        var service = reader.GetString()!;
        reader.Read();
        var difficulty = reader.GetString()!;
        var counts = new int[10];
        for (var i = 0; i < counts.Length; i++)
        {
            reader.Read();
            counts[i] = reader.GetInt32();
        }
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("An observatory cell has twelve items.");
        return new(service, difficulty, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8], counts[9]);
    }

    public override void Write(Utf8JsonWriter writer, ObservatoryCell c, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(c.Service);
        writer.WriteStringValue(c.Difficulty);
        foreach (var count in new[] { c.Cases, c.FromDropIns, c.Open, c.Resolved, c.Referred, c.Closed, c.DoneForThem, c.DoneTogether, c.DoneAlone, c.Minutes })
            writer.WriteNumberValue(count);
        writer.WriteEndArray();
    }
}
