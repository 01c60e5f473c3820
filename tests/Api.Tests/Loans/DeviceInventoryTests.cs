using Alba;
using LivingLibrary.Api.Loans;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Loans;

namespace LivingLibrary.Api.Tests.Loans;

/// <summary>The organisation's devices: registered and retired by coordinators, seen by all its staff.</summary>
public sealed class DeviceInventoryTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_coordinator_registers_a_device_which_every_member_of_staff_sees_available()
    {
        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(LoanScene.Device("  ANT-LAP-0042 ")).ToUrl("/api/devices");
            s.StatusCodeShouldBe(201);
        });
        var id = (await result.ReadAsJsonAsync<LivingLibrary.Api.Platform.CreatedId>())!.Id;
        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/devices/{id}");

        (await Stream(id)).Single().Data.ShouldBe(new DeviceRegistered(id, DeviceKind.Laptop, "ANT-LAP-0042", DeviceCondition.Good, "Chargeur inclus", ApiFixture.Today));
        var device = await Send(Facilitator("facilitator-9"), s => s.Get.Url($"/api/devices/{id}"));
        device.Context.Response.Headers.ETag.ToString().ShouldBe("\"1\"");
        (await device.ReadAsJsonAsync<DeviceView>())!.ShouldSatisfyAllConditions(
            d => d.State.ShouldBe(DeviceState.Available), d => d.Identifier.ShouldBe("ANT-LAP-0042"), d => d.Loans.ShouldBeEmpty());
        (await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Facilitator("facilitator-9"), "/api/devices")).Single().Id.ShouldBe(id);
    }

    [Fact]
    public async Task Registering_is_the_coordinators_and_the_fields_at_fault_are_400_with_nothing_appended()
    {
        await Send(Facilitator("facilitator-1"), s =>
        {
            s.Post.Json(LoanScene.Device()).ToUrl("/api/devices");
            s.StatusCodeShouldBe(403);
        });
        var bad = await Send(Coordinator(), s =>
        {
            s.Post.Json(new { identifier = " ", note = new string('x', 501) }).ToUrl("/api/devices");
            s.StatusCodeShouldBe(400);
        });
        (await bad.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys.ShouldBe(["kind", "identifier", "condition", "note"], ignoreOrder: true);
        (await EventCount()).ShouldBe(0);
    }

    [Fact]
    public async Task An_identifier_is_unique_in_the_organisation_in_any_case_even_when_registered_twice_at_once()
    {
        await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device("SN-1"));
        var known = await Send(Coordinator(), s =>
        {
            s.Post.Json(LoanScene.Device("sn-1")).ToUrl("/api/devices");
            s.StatusCodeShouldBe(409);
        });
        (await known.ReadAsJsonAsync<ValidationProblem>())!.Detail.ShouldBe("The organisation already has a device SN-1.");
        (await EventCount()).ShouldBe(1);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {Coordinator()}");
            s.Post.Json(LoanScene.Device(i % 2 == 0 ? "SN-2" : "sn-2")).ToUrl("/api/devices");
            s.IgnoreStatusCode();
        })));

        attempts.Count(a => a.Context.Response.StatusCode == 201).ShouldBe(1);
        attempts.Count(a => a.Context.Response.StatusCode == 409).ShouldBe(3);
        (await EventCount()).ShouldBe(2);
        await Host.CreateAsync(Coordinator(OrgB), "/api/devices", LoanScene.Device("SN-2")); // another organisation's inventory
    }

    [Fact]
    public async Task Retiring_and_recording_a_condition_are_the_coordinators_and_append_their_events()
    {
        var laptop = await Host.CreateAsync(Coordinator(), "/api/devices", LoanScene.Device());
        var before = await EventCount();
        foreach (var (url, body) in new (string, object)[] { ("retire", new RetireDevice(null)), ("condition", new RecordDeviceCondition(DeviceCondition.Poor, null)) })
            await Send(Facilitator("facilitator-1"), s =>
            {
                s.Post.Json(body).ToUrl($"/api/devices/{laptop}/{url}");
                s.StatusCodeShouldBe(403);
            });
        (await EventCount()).ShouldBe(before);

        await Host.SendAsync(Coordinator(), $"/api/devices/{laptop}/condition", new RecordDeviceCondition(DeviceCondition.Poor, "Batterie faible"));
        (await Stream(laptop)).Last().Data.ShouldBe(new DeviceConditionRecorded(laptop, DeviceCondition.Poor, "Batterie faible", ApiFixture.Today));
        var retired = await Host.SendAsync(Coordinator(), $"/api/devices/{laptop}/retire", new RetireDevice("Trop lent"));
        retired.Version.ShouldBe(3);
        (await Stream(laptop)).Last().Data.ShouldBe(new DeviceRetired(laptop, "Trop lent", ApiFixture.Today));

        (await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Coordinator(), "/api/devices")).ShouldBeEmpty();
        (await Host.GetAsync<IReadOnlyList<DeviceSummary>>(Coordinator(), "/api/devices?state=retired")).Single().State.ShouldBe(DeviceState.Retired);
        var events = await EventCount();
        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RecordDeviceCondition(DeviceCondition.Good, null)).ToUrl($"/api/devices/{laptop}/condition");
            s.StatusCodeShouldBe(409);
        });
        (await EventCount()).ShouldBe(events);
    }
}
