namespace LivingLibrary.Domain.DropIns;

/// <summary>
/// Which desks a directory's reader asks for (docs/adr/0032): open on a weekday, speaking a language, helping with a
/// service, in an area (a postcode, or its first digits). A filter left out admits every desk.
/// </summary>
public sealed record DirectoryFilter(string? Day, string? Speaks, string? Service, string? Area)
{
    public Refusal? Check() =>
        new Fields()
            .Check("day", Day is null || Choices.Parse<DayOfWeek>(Day) is not null, Choices.NotAName(typeof(DayOfWeek)))
            .Languages("speaks", Speaks is null ? null : [Speaks], required: false)
            .Check("service", Service is null || EverydayTasks.IsWellFormedCode(Service), Says.NotAServiceCode)
            .Check("area", Area is null || Area.Length is >= 1 and <= 10 && Area.All(char.IsAsciiLetterOrDigit), Says.NotAnArea)
            .Refusal();

    /// <summary>Whether the desk is one the reader asked for; a closed desk never is.</summary>
    public bool Admits(DropInDesk desk) =>
        !desk.IsClosed
        && (Choices.Parse<DayOfWeek>(Day) is not { } day || desk.Hours.Any(h => h.Day == day))
        && (Speaks is null || desk.Languages.Any(l => string.Equals(l, Speaks, StringComparison.OrdinalIgnoreCase)))
        && (Service is null || desk.Description.Services.Contains(Service))
        && (Area is null || desk.Description.Postcode?.StartsWith(Area, StringComparison.OrdinalIgnoreCase) == true);
}
