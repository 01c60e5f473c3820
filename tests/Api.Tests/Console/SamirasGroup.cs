using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>The scene the participant pages' tests share: Samira enrolled in a group that Amina facilitates.</summary>
public static class SamirasGroup
{
    public const string Amina = "facilitator-1";

    public static Task<ConsoleClient> AsAminaAsync(IAlbaHost host, string organisation) =>
        ConsoleClient.SignInAsync(host, Amina, organisation, Security.FacilitatorRole);

    public static async Task<(Guid Group, Guid Samira)> SetUpAsync(IAlbaHost host, string coordinator)
    {
        var group = await host.CreateGroupAsync(coordinator);
        await host.AssignAsync(coordinator, group, Amina);
        var samira = await host.EnrolAsync(coordinator, group, ParticipantScenarios.NewParticipant("Samira", "ar", "fr"));
        return (group, samira);
    }
}
