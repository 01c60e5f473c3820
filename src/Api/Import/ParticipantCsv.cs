using System.Globalization;
using CsvHelper;

namespace LivingLibrary.Api.Import;

/// <summary>One line of the file, read into the commands it stands for.</summary>
public sealed record ImportedLine(int Line, EnrolParticipant Enrolment, RecordAssessment? Intake);

/// <summary>A bad line's field and what is wrong with it (<see cref="Says"/>: the endpoint words it).</summary>
public sealed record ImportFault(int Line, string Field, Message Said);

/// <summary>
/// Reads the participant lists facilitators keep in spreadsheets. Columns (any order, any case;
/// comma or semicolon): displayName, languages, availability, contact, consentNotice,
/// consentVersion (the notice's first when empty), consentGivenOn, and for intake levels: assessedOn, source, tool, plus one column per skill code
/// ("1.1", "pay-bill-online") holding a level. Lists are separated by spaces, commas or slashes;
/// availability reads "tue-morning" (or French "mar-matin", Dutch "di-voormiddag").
/// </summary>
public static class ParticipantCsv
{
    public const int MaxLines = 2000;

    private static readonly HashSet<string> KnownColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "displayName", "languages", "availability", "contact", "consentNotice", "consentVersion", "consentGivenOn", "assessedOn", "source", "tool",
    };

    public static (IReadOnlyList<ImportedLine> Lines, IReadOnlyList<ImportFault> Errors) Read(string text, SkillCatalogue skills, DateOnly today)
    {
        var lines = new List<ImportedLine>();
        var errors = new List<ImportFault>();
        var options = new CsvReaderOptions
        {
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => errors.Add(new ImportFault((int)bad.LineNumber, "line", Says.CsvMalformed)),
            MaxRecordSize = 64 * 1024,
        };
        using var csv = CsvReader.FromText(text, options);
        var header = csv.Headers;
        if (header.Count == 0) return ([], [new ImportFault(1, "header", Says.CsvHeaderMissing)]);

        var skillColumns = header.Where(h => !KnownColumns.Contains(h)).ToList();
        foreach (var unknown in skillColumns.Where(h => !skills.IsKnown(h)))
            errors.Add(new ImportFault(1, unknown, Says.CsvUnknownColumn));
        if (!header.Contains("displayName", StringComparer.OrdinalIgnoreCase))
            errors.Add(new ImportFault(1, "displayName", Says.CsvColumnRequired));
        if (errors.Count > 0) return ([], errors);

        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (lines.Count + errors.Count >= MaxLines)
            {
                errors.Add(new ImportFault(line, "line", Says.CsvTooManyLines(MaxLines)));
                break;
            }
            var lineErrors = new List<ImportFault>();
            string? Cell(string column) =>
                header.Contains(column, StringComparer.OrdinalIgnoreCase) ? NullIfEmpty(csv.GetStringOrNull(column)) : null;

            var enrolment = new EnrolParticipant(
                Cell("displayName"),
                [.. List(Cell("languages")).Select(l => l.ToLowerInvariant())],
                Availability(Cell("availability"), line, lineErrors),
                Cell("contact"),
                new GivenConsent(Cell("consentNotice"), Date(Cell("consentGivenOn"), "consentGivenOn", line, lineErrors),
                    Version(Cell("consentVersion"), line, lineErrors)));

            var levels = skillColumns
                .Select(column => (Column: column, Value: Cell(column)))
                .Where(c => c.Value is not null)
                .Select(c => new AssessedLevel(c.Column, Level(c.Value!, c.Column, line, lineErrors)))
                .ToList();
            var intake = levels.Count == 0 ? null : new RecordAssessment(
                Source(Cell("source"), line, lineErrors), Cell("tool"), Date(Cell("assessedOn"), "assessedOn", line, lineErrors), true, levels);

            lineErrors.AddRange(Errors(line, enrolment.Check(today), levels));
            if (intake is not null) lineErrors.AddRange(Errors(line, intake.Check(skills, today), levels));
            if (lineErrors.Count == 0) lines.Add(new ImportedLine(line, enrolment, intake));
            errors.AddRange(lineErrors);
        }
        return (lines, errors);
    }

    /// <summary>The refusals of the commands, named after the file's columns.</summary>
    private static IEnumerable<ImportFault> Errors(int line, Refusal? refusal, IReadOnlyList<AssessedLevel> levels) =>
        refusal?.Errors?.SelectMany(e => e.Value.Select(message => new ImportFault(line, Column(e.Key, levels), message))) ?? [];

    private static string Column(string field, IReadOnlyList<AssessedLevel> levels) => field switch
    {
        "consent" or "consent.notice" => "consentNotice",
        "consent.givenOn" => "consentGivenOn",
        "consent.version" => "consentVersion",
        _ when field.StartsWith("levels[", StringComparison.Ordinal) && int.TryParse(field[7..field.IndexOf(']')], out var i) && i < levels.Count
            => levels[i].Skill ?? field,
        _ => field,
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static IEnumerable<string> List(string? value) =>
        (value ?? "").Split([' ', ',', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? Date(string? value, string field, int line, List<ImportFault> errors)
    {
        if (value is null) return null;
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy"];
        if (DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(new ImportFault(line, field, Says.CsvNotADate(value)));
        return null;
    }

    private static int? Level(string value, string field, int line, List<ImportFault> errors)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var level)) return level;
        errors.Add(new ImportFault(line, field, Says.CsvNotALevel(value)));
        return null;
    }

    private static int? Version(string? value, int line, List<ImportFault> errors)
    {
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return version;
        errors.Add(new ImportFault(line, "consentVersion", Says.CsvNotAVersion(value)));
        return null;
    }

    private static AssessmentSource? Source(string? value, int line, List<ImportFault> errors)
    {
        if (value is null) return AssessmentSource.ObservedByFacilitator;
        if (Choices.Parse<AssessmentSource>(value) is { } source) return source;
        errors.Add(new ImportFault(line, "source", Says.CsvNotASource(value, Choices.NamesOf(typeof(AssessmentSource)))));
        return null;
    }

    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
        ["lun"] = DayOfWeek.Monday, ["mar"] = DayOfWeek.Tuesday, ["mer"] = DayOfWeek.Wednesday, ["jeu"] = DayOfWeek.Thursday,
        ["ven"] = DayOfWeek.Friday, ["sam"] = DayOfWeek.Saturday, ["dim"] = DayOfWeek.Sunday,
        ["ma"] = DayOfWeek.Monday, ["di"] = DayOfWeek.Tuesday, ["wo"] = DayOfWeek.Wednesday, ["do"] = DayOfWeek.Thursday,
        ["vr"] = DayOfWeek.Friday, ["za"] = DayOfWeek.Saturday, ["zo"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, DayPart> Parts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = DayPart.Morning, ["afternoon"] = DayPart.Afternoon, ["evening"] = DayPart.Evening,
        ["matin"] = DayPart.Morning, ["aprem"] = DayPart.Afternoon, ["après-midi"] = DayPart.Afternoon, ["apres-midi"] = DayPart.Afternoon, ["soir"] = DayPart.Evening,
        ["voormiddag"] = DayPart.Morning, ["ochtend"] = DayPart.Morning, ["namiddag"] = DayPart.Afternoon, ["avond"] = DayPart.Evening,
    };

    private static List<TimeSlot> Availability(string? value, int line, List<ImportFault> errors)
    {
        var slots = new List<TimeSlot>();
        foreach (var token in List(value))
        {
            if (TryReadSlot(token) is { } slot)
                slots.Add(slot);
            else
                errors.Add(new ImportFault(line, "availability", Says.CsvNotAMoment(token)));
        }
        return slots;
    }

    /// <summary>One weekly moment as people write it: "tue-morning", "mar-matin", "di-voormiddag".</summary>
    public static TimeSlot? TryReadSlot(string token)
    {
        var dash = token.IndexOf('-');
        return dash > 0 && Days.TryGetValue(token[..dash], out var day) && Parts.TryGetValue(token[(dash + 1)..], out var part)
            ? new TimeSlot(day, part)
            : null;
    }
}
