using System.Text.Json;
using System.Text.Json.Nodes;
using LivingLibrary.Projections.Library;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>
/// A command with its dates as the person typed them: a day that is no date (31/02) goes to the API as typed, and the
/// API's values' rule refuses it beside its field ("a date written yyyy-MM-dd") instead of reading it as left blank.
/// </summary>
public static class TypedDates
{
    /// <param name="fields">The command's date fields, by their path in the command (<c>agreement.signedOn</c>), posted under the same name.</param>
    public static object AsTyped(this HttpRequest request, object command, params string[] fields)
    {
        var wrong = fields.Where(f => request.Text(f) is not null && request.Date(f) is null).ToList();
        if (wrong.Count == 0) return command;
        var json = JsonSerializer.SerializeToNode(command, command.GetType(), ViewJson.Options)!.AsObject();
        foreach (var field in wrong)
        {
            var path = field.Split('.');
            var parent = path[..^1].Aggregate(json, (node, name) => node[name] as JsonObject ?? (JsonObject)(node[name] = new JsonObject()));
            parent[path[^1]] = request.Text(field);
        }
        return json;
    }
}
