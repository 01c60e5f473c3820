using System.ComponentModel.DataAnnotations;
namespace LivingLibrary.Domain.Competences;

/// <summary>An everyday task an organisation adds to the built-in catalogue, mapped to DigComp like the others.</summary>
public sealed record OrganisationTaskAdded(Guid TaskId, string Code, Label Name, IReadOnlyList<string> Competences);

public sealed record AddOrganisationTask([Required] string? Code, string? NameFr, string? NameNl, string? NameEn, [Required] IReadOnlyList<string>? Competences);

public sealed record OrganisationTask(Guid Id, string Code, Label Name, IReadOnlyList<string> Competences)
{
    public const int CodeMax = 60;
    public const int NameMax = 120;

    public int Version { get; set; }

    public static OrganisationTask Create(OrganisationTaskAdded e) => new(e.TaskId, e.Code, e.Name, e.Competences);

    public EverydayTask ToEverydayTask() => new(Code, Name, Competences);

    public static Refusal? Check(AddOrganisationTask c, SkillCatalogue current) =>
        new Fields()
            .Text("code", c.Code, CodeMax)
            .Check("code", c.Code is null || EverydayTasks.IsWellFormedCode(c.Code), Says.KebabCode("use-library-app"))
            .Check("code", c.Code is null || current.FindTask(c.Code) is null, Says.TaskExists(c.Code))
            .Check("name", new[] { c.NameFr, c.NameNl, c.NameEn }.Any(n => !string.IsNullOrWhiteSpace(n)), Says.RequiredInOneLanguage(["nameFr", "nameNl", "nameEn"]))
            .Text("nameFr", c.NameFr, NameMax, required: false)
            .Text("nameNl", c.NameNl, NameMax, required: false)
            .Text("nameEn", c.NameEn, NameMax, required: false)
            .Check("competences", c.Competences is { Count: > 0 }, Says.CompetencesRequired)
            .Check("competences", c.Competences is null || c.Competences.All(DigComp.IsCompetence), Says.NotCompetences)
            .Refusal();

    public static OrganisationTaskAdded Add(Guid taskId, AddOrganisationTask c) =>
        new(taskId, c.Code!, new Label(c.NameFr ?? "", c.NameNl ?? "", c.NameEn ?? ""), [.. c.Competences!.Distinct()]);
}
