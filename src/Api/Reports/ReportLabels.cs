namespace LivingLibrary.Api.Reports;

/// <summary>
/// What a rendered report needs to name the codes a <see cref="FunderReport"/> holds: the organisation and the
/// group, the skills and services of the organisation, and the questions each campaign asked. A code without a
/// name reads as itself.
/// </summary>
public sealed record ReportLabels(
    string? OrganisationName,
    string? GroupName,
    SkillCatalogue Skills,
    ServiceList Services,
    IReadOnlyDictionary<Guid, IReadOnlyList<Question>> QuestionsByCampaign)
{
    /// <summary>The names of the groups, for an organisation's report that lists their campaigns.</summary>
    public IReadOnlyDictionary<Guid, string> GroupNames { get; init; } = new Dictionary<Guid, string>();

    /// <summary>The labels of what a report was built from: its campaigns' questions, the organisation's skills and services.</summary>
    public static ReportLabels Of(ReportSources sources, FunderReport report, string? organisationName = null) =>
        new(organisationName, report.GroupName, sources.Skills, sources.Services,
            sources.Campaigns.ToDictionary(c => c.Id, c => c.Questions))
        {
            GroupNames = sources.Groups.ToDictionary(g => g.Id, g => g.Name),
        };

    public string SkillName(string code, string language) => Skills.LabelOf(Skill.FromCode(code))?.In(language) ?? code;

    public string ServiceName(string code, string language) => Services.Find(code)?.Name.In(language) ?? code;

    public static string DifficultyName(string code, string language) =>
        Difficulties.All.FirstOrDefault(d => d.Code == code)?.Name.In(language) ?? code;

    /// <summary>The words of a question as a campaign asked it (or, without a campaign, as any campaign asked that version).</summary>
    public string QuestionText(Guid? campaignId, string key, int version, string language) =>
        (campaignId is { } id ? QuestionsByCampaign.GetValueOrDefault(id) ?? [] : QuestionsByCampaign.Values.SelectMany(q => q))
            .FirstOrDefault(q => q.Key == key && q.Version == version)?.Text.In(language) ?? key;

    /// <summary>
    /// The names of the languages people speak when whoever builds the report gives its own (a fixed sample report names
    /// only some, so that its bytes never change); otherwise the catalogue's (<c>language.ar</c>).
    /// </summary>
    public IReadOnlyDictionary<string, Label>? Languages { get; init; }

    public string GroupNameOf(Guid groupId) => GroupNames.GetValueOrDefault(groupId) ?? groupId.ToString("D");

    /// <summary>A language people speak ("ar", "prs") by its name; one the catalogue does not name reads as its code.</summary>
    public string LanguageName(string code, string language) =>
        Languages is null ? Catalogue.Standalone.LanguageName(code, language) : Languages.GetValueOrDefault(code)?.In(language) ?? code;
}
