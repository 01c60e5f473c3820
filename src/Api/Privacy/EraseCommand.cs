using JasperFx.CommandLine;

namespace LivingLibrary.Api.Privacy;

public sealed class EraseInput : NetCoreInput
{
    [Description("The organisation (tenant) of the person")]
    public string OrganisationFlag { get; set; } = "";

    [Description("The participant's id")]
    public Guid? ParticipantFlag { get; set; }

    [Description("The drop-in visitor's id")]
    public Guid? VisitorFlag { get; set; }

    [Description("request (the default), retention or other")]
    public ErasureReason ReasonFlag { get; set; } = ErasureReason.Request;
}

/// <summary>For the person who handles data requests: the same erasure as the route, from the command line.</summary>
[Description("Erase a participant's or a visitor's personal data everywhere: erase --organisation demo --participant <id>", Name = "erase")]
public sealed class EraseCommand : JasperFxAsyncCommand<EraseInput>
{
    public override async Task<bool> Execute(EraseInput input)
    {
        if (string.IsNullOrWhiteSpace(input.OrganisationFlag) || (input.ParticipantFlag is null) == (input.VisitorFlag is null))
        {
            Console.Error.WriteLine("Give --organisation and one of --participant or --visitor.");
            return false;
        }
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var today = host.Services.GetRequiredService<TimeProvider>().Today();
        var (kind, id) = input.ParticipantFlag is { } p ? (PersonKind.Participant, p) : (PersonKind.Visitor, input.VisitorFlag!.Value);
        await store.EraseAsync(input.OrganisationFlag, kind, id, input.ReasonFlag, today);
        Console.WriteLine($"Erased the {kind.ToString().ToLowerInvariant()} {id} of {input.OrganisationFlag}.");
        return true;
    }
}

public sealed class RetentionInput : NetCoreInput
{
    [Description("The organisation (tenant)")]
    public string OrganisationFlag { get; set; } = "";

    [Description("Erase them now; without it, only list who is due")]
    public bool ApplyFlag { get; set; }
}

[Description("List who is past the organisation's retention (--apply erases them): retention --organisation demo", Name = "retention")]
public sealed class RetentionCommand : JasperFxAsyncCommand<RetentionInput>
{
    public override async Task<bool> Execute(RetentionInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var today = host.Services.GetRequiredService<TimeProvider>().Today();
        var due = input.ApplyFlag ? await store.ApplyRetentionAsync(input.OrganisationFlag, today) : await store.DueForErasureAsync(input.OrganisationFlag, today);
        foreach (var person in due) Console.WriteLine($"{person.Kind.ToString().ToLowerInvariant()} {person.Id}: gone since {person.GoneOn:yyyy-MM-dd}, due on {person.DueOn:yyyy-MM-dd}");
        Console.WriteLine(input.ApplyFlag ? $"{due.Count} erased." : $"{due.Count} due (nothing erased: add --apply).");
        return true;
    }
}
