using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain.Groups;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>A command that is always allowed does not fail because others sent it at the same moment (docs/adr/0006).</summary>
[Collection(PlatformCollection.Name)]
public sealed class ContentionTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    public async Task Renames_of_one_group_sent_at_once_without_If_Match_all_succeed_and_each_is_in_the_store(int renames)
    {
        var group = await Host.CreateGroupAsync(Coordinator());
        var names = Enumerable.Range(1, renames).Select(i => $"Groupe {i}").ToList();

        var answers = await Task.WhenAll(names.Select(name => Send(Coordinator(), s =>
        {
            s.Post.Json(new RenameGroup(name)).ToUrl($"/api/groups/{group}/rename");
            s.IgnoreStatusCode();
        })));

        answers.Select(a => a.Context.Response.StatusCode).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<int, int> { [200] = renames });
        (await Stream(group)).Select(e => e.Data).OfType<GroupRenamed>().Select(r => r.Name).ShouldBe(names, ignoreOrder: true);
    }
}
