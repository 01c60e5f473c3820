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
        await using (var session = store.QuerySession(input.OrganisationFlag))
            if (await session.Events.FetchStreamStateAsync(id) is null)
            {
                Console.Error.WriteLine($"No {kind.ToString().ToLowerInvariant()} {id} in {input.OrganisationFlag}: nothing erased.");
                return false;
            }
        await store.EraseAsync(host.Services.GetRequiredService<ForgetList>(), input.OrganisationFlag, kind, id, input.ReasonFlag, today);
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
        var due = input.ApplyFlag ? await store.ApplyRetentionAsync(host.Services.GetRequiredService<ForgetList>(), input.OrganisationFlag, today) : await store.DueForErasureAsync(input.OrganisationFlag, today);
        foreach (var person in due) Console.WriteLine($"{person.Kind.ToString().ToLowerInvariant()} {person.Id}: gone since {person.GoneOn:yyyy-MM-dd}, due on {person.DueOn:yyyy-MM-dd}");
        Console.WriteLine(input.ApplyFlag ? $"{due.Count} erased." : $"{due.Count} due (nothing erased: add --apply).");
        return true;
    }
}

public sealed class ReapplyErasuresInput : NetCoreInput
{
    [Description("The forget list to read (Privacy:ForgetList unless given)")]
    public string ListFlag { get; set; } = "";
}

/// <summary>After restoring a backup: everyone the forget list names is erased again (docs/adr/0014).</summary>
[Description("Erase again everyone on the forget list, after a database was restored from a backup: reapply-erasures", Name = "reapply-erasures")]
public sealed class ReapplyErasuresCommand : JasperFxAsyncCommand<ReapplyErasuresInput>
{
    public override async Task<bool> Execute(ReapplyErasuresInput input)
    {
        using var host = input.BuildHost();
        var forgetList = string.IsNullOrWhiteSpace(input.ListFlag) ? host.Services.GetRequiredService<ForgetList>() : new ForgetList(Path.GetFullPath(input.ListFlag));
        var count = await host.Services.GetRequiredService<IDocumentStore>().ReapplyErasuresAsync(forgetList);
        Console.WriteLine($"Erased again the {count} people of the forget list {forgetList.Path}.");
        return true;
    }
}
