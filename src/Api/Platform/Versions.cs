using System.Reflection;
using LivingLibrary.Domain;
using Microsoft.AspNetCore.Http.Metadata;

namespace LivingLibrary.Api.Platform;

/// <summary>A stream's version is its resource's ETag; commands honour If-Match.</summary>
public static class Versions
{
    public static string ETag(int version) => $"\"{version}\"";

    /// <summary>Refuses a command sent with an If-Match that is not the current version (412).</summary>
    public static Refusal? IfMatch(HttpRequest request, int currentVersion)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return null;
        var matches = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || tag.Replace("W/", "", StringComparison.Ordinal).Trim('"') == currentVersion.ToString());
        return matches ? null : Refusal.Stale($"You sent If-Match {header}, but the current version is {ETag(currentVersion)}.");
    }

    public static VersionedResult<Versioned> Accepted(Guid id, int version) => new(new Versioned(id, version), version);
}

/// <summary>The answer to an accepted command: the resource and its version after the command.</summary>
public sealed record Versioned(Guid Id, int Version);

/// <summary>A command's answer with the stream's new version as ETag.</summary>
public sealed class VersionedResult<T>(T body, int version) : IResult, IEndpointMetadataProvider
{
    public T Body => body;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.ETag = Versions.ETag(version);
        return Results.Json(body).ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
