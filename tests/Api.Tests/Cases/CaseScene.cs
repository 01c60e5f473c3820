using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.DropIns;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Api.Tests.Cases;

/// <summary>
/// A group run by one facilitator with two participants (Samira, Jean), a drop-in desk staffed by a public
/// IT worker, and a partner of the directory that handles itsme in French and Arabic.
/// </summary>
public sealed record CaseScene(Guid Group, Guid Samira, Guid Jean, Guid Desk, Guid Partner)
{
    public const string Facilitator = "facilitator-1";
    public const string DeskWorker = "it-worker-1";

    public static PostCase ItsmeCase(Guid participant, Urgency urgency = Urgency.Normal, DateOnly? dueOn = null) =>
        new(participant, "Activer itsme sur mon nouveau téléphone pour payer la facture", "itsme", "login-and-identity",
            ["log-in-with-itsme"], urgency, dueOn);

    public static RecordDropInRequest VisitorRequest(DateOnly? on = null) =>
        new(on, ["fr", "ar"], null, "1080", null, null, "Déclarer mes impôts sur MyMinfin", "myminfin", "forms-and-documents", null, Urgency.High, null);

    public static RecordAccompaniment Accompaniment(int minutes = 30, Guid? session = null, Guid? pairing = null, SessionFinding? finding = null) =>
        new(null, minutes, Setting.OnSite, DeviceUsed.OwnPhone, ProcedureProgress.PartlyDone, null, null, session, pairing, finding,
            ["Vérifier la carte SIM", "Installer l'app"], null);

    public static PartnerEntry ItsmePartner(string name = "EPN de Molenbeek") =>
        new(name, PartnerKind.PublicDigitalSpace, ["itsme", "myminfin"], ["login-and-identity"], ["fr", "ar"], ["1080"],
            "02 000 00 00", "Mardi et jeudi 9h-12h", "Rez-de-chaussée, accessible en fauteuil");

    public static async Task<CaseScene> SetUp(IAlbaHost host, string coordinator)
    {
        var group = await host.CreateGroupAsync(coordinator);
        await host.AssignAsync(coordinator, group, Facilitator);
        var samira = await host.EnrolAsync(coordinator, group);
        var jean = await host.EnrolAsync(coordinator, group, ParticipantScenarios.NewParticipant("Jean", "fr"));
        var desk = await host.CreateAsync(coordinator, "/api/desks",
            new OpenDropInDesk("Permanence de Molenbeek", "Bibliothèque communale", [new WeeklyHours(DayOfWeek.Tuesday, new TimeOnly(9, 30), new TimeOnly(12, 0))], ["fr", "nl", "ar"]));
        await host.SendAsync(coordinator, $"/api/desks/{desk}/staff", new AssignDeskStaff(DeskWorker, "Karim"));
        var partner = await host.CreateAsync(coordinator, "/api/partners", new ListPartner(ItsmePartner()));
        return new CaseScene(group, samira, jean, desk, partner);
    }
}

public static class CaseScenarios
{
    /// <summary>POSTs a creation and returns the new id (201 expected).</summary>
    public static async Task<Guid> CreateAsync(this IAlbaHost host, string token, string url, object body)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<CreatedId>())!.Id;
    }

    /// <summary>POSTs a command on an existing resource and returns its answer (200 expected).</summary>
    public static async Task<Versioned> SendAsync(this IAlbaHost host, string token, string url, object body)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(200);
        });
        return (await result.ReadAsJsonAsync<Versioned>())!;
    }

    public static Task<Guid> PostCaseAsync(this IAlbaHost host, string token, Guid group, PostCase command) =>
        host.CreateAsync(token, $"/api/groups/{group}/cases", command);

    public static async Task<T> GetAsync<T>(this IAlbaHost host, string token, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Get.Url(url);
            s.StatusCodeShouldBe(200);
        });
        return (await result.ReadAsJsonAsync<T>())!;
    }
}
