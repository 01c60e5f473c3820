using JasperFx;
using JasperFx.CommandLine;

// Lets the JasperFx command line find the commands of this assembly (demo-data).
[assembly: JasperFxAssembly]

namespace LivingLibrary.Api.Demo;

public sealed class DemoDataInput : NetCoreInput;

[Description("Load the demo organisation 'demo' and its group; does nothing when they are there already", Name = "demo-data")]
public sealed class DemoDataCommand : JasperFxAsyncCommand<DemoDataInput>
{
    public override async Task<bool> Execute(DemoDataInput input)
    {
        using var host = input.BuildHost();
        var loaded = await DemoData.LoadAsync(host.Services.GetRequiredService<IDocumentStore>());
        Console.WriteLine(loaded ? "Demo data loaded." : "Demo data already there: nothing added.");
        return true;
    }
}
