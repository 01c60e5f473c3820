namespace LivingLibrary.Domain.Competences;

public enum SkillKind
{
    Competence,
    Task,
}

/// <summary>
/// What someone can do or wants to learn, as the rest of the domain refers to it: a DigComp
/// competence ("4.2") or an everyday task ("pay-bill-online"). Only a code: check it against a
/// <see cref="SkillCatalogue"/>.
/// </summary>
public sealed record Skill(SkillKind Kind, string Code)
{
    public static Skill Competence(string code) => new(SkillKind.Competence, code);

    public static Skill Task(string code) => new(SkillKind.Task, code);

    /// <summary>
    /// The skill a code names: competence codes are digits ("4.2"), task codes kebab-case words,
    /// so one string is enough in commands and events.
    /// </summary>
    public static Skill FromCode(string code) =>
        code.Length > 0 && char.IsAsciiDigit(code[0]) ? Competence(code) : Task(code);
}
