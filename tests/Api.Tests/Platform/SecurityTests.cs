using System.Security.Claims;
using System.Text;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LivingLibrary.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class SecurityTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("GET", "/api/groups")]
    [InlineData("POST", "/api/groups")]
    [InlineData("GET", "/api/groups/0194f2a0-0000-7000-8000-000000000001")]
    [InlineData("GET", "/api/groups/0194f2a0-0000-7000-8000-000000000001/history")]
    public async Task Every_api_route_needs_a_token(string method, string url)
    {
        await Host.Scenario(s =>
        {
            if (method == "GET") s.Get.Url(url);
            else s.Post.Json(GroupScenarios.NewGroup()).ToUrl(url);
            s.StatusCodeShouldBe(401);
            s.ContentTypeShouldBe("application/problem+json");
        });
        (await EventCount()).ShouldBe(0);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forged = Sign(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("someone-elses-key-that-is-32-bytes-long")),
            ("sub", "x"), ("org", OrgA), ("role", "coordinator"));

        await Send(forged, s =>
        {
            s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups");
            s.StatusCodeShouldBe(401);
        });
        (await EventCount()).ShouldBe(0);
    }

    [Theory]
    [InlineData("role", "participant")]
    [InlineData("org", null)]
    [InlineData("role", null)]
    public async Task A_token_without_an_organisation_or_a_known_role_is_forbidden(string claim, string? value)
    {
        var claims = new Dictionary<string, string?> { ["sub"] = "someone", ["org"] = OrgA, ["role"] = "coordinator", [claim] = value };
        var token = Sign(Key(), [.. claims.Where(c => c.Value is not null).Select(c => (c.Key, c.Value!))]);

        await Send(token, s =>
        {
            s.Post.Json(GroupScenarios.NewGroup()).ToUrl("/api/groups");
            s.StatusCodeShouldBe(403);
        });
        (await EventCount()).ShouldBe(0);
    }

    private SymmetricSecurityKey Key() =>
        Host.Services.GetRequiredService<DevelopmentTokens>().SigningKey;

    private static string Sign(SecurityKey key, params (string Type, string Value)[] claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentTokens.Issuer,
            Audience = Security.Audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Subject = new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value))),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
}
