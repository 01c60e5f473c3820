using LivingLibrary.Domain.Networks;

namespace LivingLibrary.Domain.Tests.Networks;

public sealed class NetworkTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Id = Guid.Parse("00000000-0000-0000-0000-0000000000e1");
    private static readonly Caller A = new("coordinator-a", "org-a", Role.Coordinator);
    private static readonly Caller B = new("coordinator-b", "org-b", Role.Coordinator);

    private static Network Founded() => Network.Create((NetworkFounded)new FoundNetwork("Réseau").Decide(Id, A, Today).Events.Single());

    [Fact]
    public void An_invited_organisation_joins_and_leaves_and_its_stays_are_kept()
    {
        var invited = Founded().Apply((OrganisationInvited)new InviteOrganisation("org-b").Decide(Founded(), A).Events.Single());
        var joined = invited.Apply((OrganisationJoined)JoinNetwork.Decide(invited, B, Today).Events.Single());
        var left = joined.Apply((OrganisationLeftNetwork)LeaveNetwork.Decide(joined, B, Today.AddDays(30)).Events.Single());

        invited.IsInvited("org-b").ShouldBeTrue();
        joined.Members.ShouldBe(["org-a", "org-b"]);
        joined.Invited.ShouldBeEmpty();
        left.Members.ShouldBe(["org-a"]);
        left.WasMember("org-b").ShouldBeTrue();
        left.Memberships.Single(m => m.OrganisationId == "org-b").ShouldBe(new Membership("org-b", Today, Today.AddDays(30)));
    }

    [Fact]
    public void Joining_uninvited_is_refused_inviting_needs_a_member_and_what_is_already_true_appends_nothing()
    {
        var network = Founded();

        JoinNetwork.Decide(network, B, Today).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new InviteOrganisation("org-c").Decide(network, B).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new InviteOrganisation("org-a").Decide(network, A).Refusal!.Kind.ShouldBe(RefusalKind.Conflict);
        new InviteOrganisation("Org A!").Decide(network, A).Refusal!.Errors!.Keys.ShouldBe(["organisationId"]);
        JoinNetwork.Decide(network, A, Today).ShouldBe(Decision.Nothing);
        LeaveNetwork.Decide(network, B, Today).ShouldBe(Decision.Nothing);
        var invited = network.Apply(new OrganisationInvited(Id, "org-b", "org-a"));
        new InviteOrganisation("org-b").Decide(invited, A).ShouldBe(Decision.Nothing);
    }

    [Fact]
    public void An_organisation_sees_a_network_it_is_in_or_invited_to_and_a_network_coordinator_only_their_own_if_appointed()
    {
        var network = Founded().Apply(new NetworkCoordinatorAppointed(Id, "nc-1", "Nadia"));

        network.MaySee(A).ShouldBeNull();
        network.MaySee(B)!.Kind.ShouldBe(RefusalKind.NotFound);
        network.Apply(new OrganisationInvited(Id, "org-b", "org-a")).MaySee(B).ShouldBeNull();
        network.MayActFor(A with { Role = Role.Facilitator })!.Kind.ShouldBe(RefusalKind.Forbidden);
        network.MayView(new NetworkCaller("nc-1", Id)).ShouldBeNull();
        network.MayView(new NetworkCaller("nc-2", Id))!.Kind.ShouldBe(RefusalKind.NotFound);
        network.MayView(new NetworkCaller("nc-1", Guid.NewGuid()))!.Kind.ShouldBe(RefusalKind.NotFound);
        network.Apply(new NetworkCoordinatorRemoved(Id, "nc-1")).MayView(new NetworkCaller("nc-1", Id))!.Kind.ShouldBe(RefusalKind.NotFound);
        Network.TenantOf(Id).ShouldBe("network:00000000-0000-0000-0000-0000000000e1");
    }
}
