using Alba;
using LivingLibrary.Api.Participants;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Participants;

public sealed class EnrolmentTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_facilitator_enrols_a_participant_with_only_a_pseudonym_and_consent()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), groupId, "facilitator-1");

        var id = await Host.EnrolAsync(Facilitator("facilitator-1"), groupId,
            new EnrolParticipant("Мария", null, null, null, new GivenConsent("notice-2026-fr", new DateOnly(2026, 9, 1))));

        var enrolled = (await Stream(id)).ShouldHaveSingleItem().Data.ShouldBeOfType<ParticipantEnrolled>();
        enrolled.GroupId.ShouldBe(groupId);
        enrolled.Person.ShouldBe(new PersonalDetails("Мария", null));
        enrolled.Consent.ShouldBe(new Consent("notice-2026-fr", new DateOnly(2026, 9, 1)));
        enrolled.Languages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Enrolment_without_consent_or_with_bad_fields_is_400_and_appends_nothing()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var before = await EventCount();

        var result = await Send(Coordinator(), s =>
        {
            s.Post.Json(new EnrolParticipant(new string('a', 81), ["français"], null, new string('c', 201), null))
                .ToUrl($"/api/groups/{groupId}/participants");
            s.StatusCodeShouldBe(400);
        });

        (await result.ReadAsJsonAsync<ValidationProblem>())!.Errors.Keys
            .ShouldBe(["displayName", "languages", "contact", "consent"], ignoreOrder: true);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Enrolling_into_a_closed_group_is_409_and_appends_nothing()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        await Send(Coordinator(), s => s.Post.Json(new CloseGroup(null)).ToUrl($"/api/groups/{groupId}/close"));
        var before = await EventCount();

        await Send(Coordinator(), s =>
        {
            s.Post.Json(ParticipantScenarios.NewParticipant()).ToUrl($"/api/groups/{groupId}/participants");
            s.StatusCodeShouldBe(409);
        });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Enrolling_into_another_groups_or_organisations_group_is_404()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var before = await EventCount();

        foreach (var token in new[] { Facilitator("facilitator-9"), Coordinator(OrgB) })
            await Send(token, s =>
            {
                s.Post.Json(ParticipantScenarios.NewParticipant()).ToUrl($"/api/groups/{groupId}/participants");
                s.StatusCodeShouldBe(404);
            });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Updating_details_appends_the_new_details_and_an_unchanged_update_appends_nothing()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);
        var update = new UpdateParticipantDetails("Samira B.", ["ar", "fr", "nl"], [new TimeSlot(DayOfWeek.Thursday, DayPart.Evening)], "0470 00 00 00");

        await Send(Coordinator(), s => s.Post.Json(update).ToUrl($"/api/participants/{id}/details"));
        await Send(Coordinator(), s => s.Post.Json(update).ToUrl($"/api/participants/{id}/details"));

        var events = await Stream(id);
        events.Count.ShouldBe(2);
        var updated = events[1].Data.ShouldBeOfType<ParticipantDetailsUpdated>();
        updated.Person.ShouldBe(new PersonalDetails("Samira B.", "0470 00 00 00"));
        updated.Languages.ShouldBe(["ar", "fr", "nl"]);
    }

    [Fact]
    public async Task A_new_consent_is_recorded()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);

        await Send(Coordinator(), s => s.Post.Json(new RecordConsent("notice-2027-fr", new DateOnly(2026, 11, 15))).ToUrl($"/api/participants/{id}/consent"));

        (await Stream(id)).Last().Data.ShouldBe(new ConsentRecorded(id, new Consent("notice-2027-fr", new DateOnly(2026, 11, 15))));
    }

    [Fact]
    public async Task Moving_to_another_open_group_of_the_organisation_appends_the_move()
    {
        var from = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Mardi"));
        var to = await Host.CreateGroupAsync(Coordinator(), GroupScenarios.NewGroup("Jeudi"));
        var id = await Host.EnrolAsync(Coordinator(), from);

        await Send(Coordinator(), s => s.Post.Json(new MoveParticipant(to)).ToUrl($"/api/participants/{id}/move"));

        (await Stream(id)).Last().Data.ShouldBe(new ParticipantMoved(id, from, to));
        var list = await Send(Coordinator(), s => s.Get.Url($"/api/groups/{to}/participants"));
        (await list.ReadAsJsonAsync<Participant[]>())!.Select(p => p.Id).ShouldBe([id]);
    }

    [Fact]
    public async Task Moving_is_refused_into_a_closed_group_another_organisations_group_or_a_group_the_facilitator_does_not_run()
    {
        var from = await Host.CreateGroupAsync(Coordinator());
        await Host.AssignAsync(Coordinator(), from, "facilitator-1");
        var closed = await Host.CreateGroupAsync(Coordinator());
        await Send(Coordinator(), s => s.Post.Json(new CloseGroup(null)).ToUrl($"/api/groups/{closed}/close"));
        var notMine = await Host.CreateGroupAsync(Coordinator());
        var elsewhere = await Host.CreateGroupAsync(Coordinator(OrgB));
        var id = await Host.EnrolAsync(Coordinator(), from);
        var before = await EventCount();

        await Send(Coordinator(), s => { s.Post.Json(new MoveParticipant(closed)).ToUrl($"/api/participants/{id}/move"); s.StatusCodeShouldBe(409); });
        await Send(Coordinator(), s => { s.Post.Json(new MoveParticipant(elsewhere)).ToUrl($"/api/participants/{id}/move"); s.StatusCodeShouldBe(400); });
        await Send(Facilitator("facilitator-1"), s => { s.Post.Json(new MoveParticipant(notMine)).ToUrl($"/api/participants/{id}/move"); s.StatusCodeShouldBe(404); });
        await Send(Coordinator(), s => { s.Post.Json(new MoveParticipant(from)).ToUrl($"/api/participants/{id}/move"); s.StatusCodeShouldBe(400); });
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task After_leaving_a_participant_takes_no_more_changes()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);

        await Send(Coordinator(), s => s.Post.Json(new RecordDeparture("Found a job")).ToUrl($"/api/participants/{id}/leave"));
        (await Stream(id)).Last().Data.ShouldBe(new ParticipantLeft(id, groupId, "Found a job"));
        var before = await EventCount();

        await Send(Coordinator(), s => { s.Post.Json(new RecordDeparture(null)).ToUrl($"/api/participants/{id}/leave"); s.StatusCodeShouldBe(409); });
        await Send(Coordinator(), s => { s.Post.Json(new OfferHelp("1.1", 5)).ToUrl($"/api/participants/{id}/offers"); s.StatusCodeShouldBe(409); });
        (await EventCount()).ShouldBe(before);

        var list = await Send(Coordinator(), s => s.Get.Url($"/api/groups/{groupId}/participants"));
        (await list.ReadAsJsonAsync<Participant[]>())!.ShouldBeEmpty();
        var withLeft = await Send(Coordinator(), s => s.Get.Url($"/api/groups/{groupId}/participants?includeLeft=true"));
        (await withLeft.ReadAsJsonAsync<Participant[]>())!.Single().HasLeft.ShouldBeTrue();
    }

    [Fact]
    public async Task A_stale_if_match_on_a_participant_is_412()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        var id = await Host.EnrolAsync(Coordinator(), groupId);
        await Host.OfferAsync(Coordinator(), id, "1.1", 5);

        await Send(Coordinator(), s =>
        {
            s.Post.Json(new RecordDeparture(null)).ToUrl($"/api/participants/{id}/leave");
            s.WithRequestHeader("If-Match", "\"1\"");
            s.StatusCodeShouldBe(412);
        });
        (await Stream(id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Enrolment_checks_if_match_against_the_groups_version_412_when_stale_and_appends_nothing()
    {
        var groupId = await Host.CreateGroupAsync(Coordinator());
        await Host.SendAsync(Coordinator(), $"/api/groups/{groupId}/rename", new RenameGroup("Mardi soir"));
        var before = await EventCount();

        var stale = await Send(Coordinator(), s =>
        {
            s.Post.Json(ParticipantScenarios.NewParticipant()).ToUrl($"/api/groups/{groupId}/participants");
            s.WithRequestHeader("If-Match", "\"1\"");
            s.StatusCodeShouldBe(412);
        });
        (await stale.ReadAsJsonAsync<ValidationProblem>())!.Detail.ShouldBe("You sent If-Match \"1\", but the current version is \"2\".");
        (await EventCount()).ShouldBe(before);

        await Send(Coordinator(), s =>
        {
            s.Post.Json(ParticipantScenarios.NewParticipant()).ToUrl($"/api/groups/{groupId}/participants");
            s.WithRequestHeader("If-Match", "\"2\"");
            s.StatusCodeShouldBe(201);
        });
        (await EventCount()).ShouldBe(before + 1);
    }
}
