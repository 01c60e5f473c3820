namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// What every page of a participant's own space shares (docs/adr/0026): the participant as their cookie says, read on
/// their organisation's tenant. A page shows only their own things and what their group shares; anything else is a 404.
/// </summary>
public abstract class MePage : ConsolePage
{
    /// <summary>The participant acting for themself; the space's policy lets no one else in.</summary>
    public Guid Me => Caller.ParticipantId!.Value;

    public Participant Participant { get; private set; } = null!;

    /// <summary>The participant as stored, or null when they are no longer there (erased): the page is then a 404.</summary>
    protected async Task<Participant?> LoadMeAsync() =>
        (HttpContext.Items[typeof(Participant)] as Participant ?? await Query.LoadAsync<Participant>(Me)) is { IsErased: false } participant
            ? Participant = participant : null;

    /// <summary>The organisation's services, which a case names, after <see cref="LoadServicesAsync"/>.</summary>
    public ServiceList Services { get; private set; } = ServiceList.BuiltIn;

    protected async Task LoadServicesAsync() => Services = await Query.ServiceListAsync();

    public string ServiceName(string code) => Services.Find(code) is { } service ? In(service.Name) : "";

    public IEnumerable<Choice> ServiceOptions => Services.All.Select(s => new Choice(s.Code, In(s.Name)));

    /// <summary>Where every page of the space leads back.</summary>
    public const string Home = ConsoleSetup.ParticipantPrefix;

    /// <summary>The form a code slip opens without signing in (Pages/Me/Answer): outside the space, its cookie is not sent there.</summary>
    public const string Answer = $"{ConsoleSetup.Prefix}/answer";
}
