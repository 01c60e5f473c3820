using JasperFx;
using JasperFx.CommandLine;

// Lets the JasperFx command line find the commands of this assembly (demo-data).
[assembly: JasperFxAssembly]

namespace LivingLibrary.Api.Demo;

public sealed class DemoDataInput : NetCoreInput;

[Description("Load the demo organisation 'demo' and its group (Development only); does nothing when they are there already", Name = "demo-data")]
public sealed class DemoDataCommand : JasperFxAsyncCommand<DemoDataInput>
{
    public override async Task<bool> Execute(DemoDataInput input)
    {
        using var host = input.BuildHost();
        // Invented people must never land in an organisation's real database (docs/operations.md).
        if (!host.Services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            Console.Error.WriteLine("demo-data loads invented people, so it runs only with ASPNETCORE_ENVIRONMENT=Development: nothing was loaded.");
            return false;
        }
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var loaded = await DemoData.LoadAsync(store) | await DemoCard.LoadAsync(store, host.Services.GetRequiredService<Cards.CardKeys>());
        Console.WriteLine(loaded ? "Demo data loaded." : "Demo data already there: nothing added.");
        return true;
    }
}
