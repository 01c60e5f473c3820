using Alba;
using LivingLibrary.Api.Platform;
using LivingLibrary.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivingLibrary.Api.Tests.Platform;

/// <summary>What exists only in Development, and what production insists on.</summary>
[Collection(ApiCollection.Name)]
public sealed class EnvironmentTests
{
    [Fact]
    public void The_development_token_issuer_and_docs_are_not_mapped_outside_development()
    {
        var routes = PlatformRoutes("Production");

        routes.ShouldContain("/health/ready");
        routes.ShouldContain("/openapi/{documentName}.json");
        routes.ShouldNotContain("/dev/token");
        routes.ShouldNotContain(r => r.StartsWith("/docs", StringComparison.Ordinal));
        PlatformRoutes("Development").ShouldContain("/dev/token");
    }

    [Fact]
    public async Task Production_refuses_to_start_without_an_authority_to_validate_tokens()
    {
        var failure = await Should.ThrowAsync<Exception>(() => AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Marten", TestDatabase.ConnectionString);
            builder.UseSetting("Auth:Authority", "");
        }));

        failure.ToString().ShouldContain("Auth:Authority");
    }

    private static List<string> PlatformRoutes(string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration["Auth:Authority"] = "https://id.example.org/realms/livinglibrary";
        builder.Configuration["ConnectionStrings:Marten"] = "Host=127.0.0.1;Database=unused";
        builder.AddSecurity();
        builder.AddHttpConventions();
        var app = builder.Build();
        app.MapPlatformEndpoints();
        return [.. ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? "")];
    }
}
