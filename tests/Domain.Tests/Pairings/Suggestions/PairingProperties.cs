using System.Text.Json;
using System.Text.Json.Serialization;
using CsCheck;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Domain.Tests.Pairings.Suggestions;

public sealed class PairingProperties
{
    private static readonly Gen<PairingRequest> Small = Instances.Requests(maxNeeds: 6, maxHelpers: 3, maxCapacity: 2);
    private static readonly Gen<PairingRequest> Crowded = Instances.Requests(maxNeeds: 6, maxHelpers: 3, maxCapacity: 2, crowded: true);
    private static readonly Gen<PairingRequest> Medium = Instances.Requests(maxNeeds: 40, maxHelpers: 12, maxCapacity: 3);

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static IEnumerable<(Guid, Guid)> PlanOf(PairingSuggestion s) => s.Pairs.Select(p => (p.NeedId, p.HelperId));

    [Fact]
    public void Every_suggestion_meets_the_hard_constraints_and_scores_what_it_says() =>
        Medium.Sample(request =>
        {
            foreach (var suggestion in new[] { PairingPlanner.Suggest(request), PairingPlanner.SuggestGreedy(request) })
            {
                Oracle.CheckedTotal(request, PlanOf(suggestion)).ShouldBe(suggestion.TotalScore);
                suggestion.Pairs.Sum(p => (long)p.Score).ShouldBe(suggestion.TotalScore);
                suggestion.Pairs.ShouldAllBe(p => p.Score == p.Lines.Sum(l => l.Points));
                suggestion.Pairs.Select(p => p.NeedId).Concat(suggestion.Unmatched.Select(u => u.NeedId))
                    .ShouldBe(request.Needs.Select(n => n.NeedId), ignoreOrder: true);
                foreach (var pin in request.Pins.Distinct())
                {
                    var honoured = suggestion.Pairs.Any(p => p.Pinned && p.NeedId == pin.NeedId && p.HelperId == pin.HelperId);
                    var reported = suggestion.UnmetPins.Count(u => u.NeedId == pin.NeedId && u.HelperId == pin.HelperId);
                    (honoured ? 1 : 0).ShouldBe(1 - reported, $"pin {pin} is honoured or reported, once");
                }
            }
        }, iter: 300, print: Json);

    /// <summary>Honoured pins are kept in every assignment tried: the plan is the best around them.</summary>
    [Fact]
    public void The_total_is_the_best_that_trying_every_assignment_finds() =>
        Gen.OneOf(Small, Crowded).Sample(request =>
        {
            var suggestion = PairingPlanner.Suggest(request);
            var pinned = suggestion.Pairs.Where(p => p.Pinned).Select(p => (p.NeedId, p.HelperId)).ToList();
            suggestion.TotalScore.ShouldBe(Oracle.BestTotal(request, pinned));
        }, iter: 4000, print: Json);

    [Fact]
    public void The_same_request_in_any_order_gives_the_same_suggestion() =>
        Gen.Select(Medium, Gen.Int).Sample((request, seed) =>
        {
            var expected = Json(PairingPlanner.Suggest(request));
            Json(PairingPlanner.Suggest(request)).ShouldBe(expected);
            Json(PairingPlanner.Suggest(Instances.Shuffled(request, seed))).ShouldBe(expected);
            Json(PairingPlanner.SuggestGreedy(Instances.Shuffled(request, seed))).ShouldBe(Json(PairingPlanner.SuggestGreedy(request)));
        }, iter: 200, print: t => Json(t));

    [Fact]
    public void The_optimal_total_is_never_below_the_greedy_one() =>
        Medium.Sample(request =>
            PairingPlanner.Suggest(request).TotalScore.ShouldBeGreaterThanOrEqualTo(PairingPlanner.SuggestGreedy(request).TotalScore),
            iter: 300, print: Json);

    /// <summary>With the event store's settings: camel case, enums as strings.</summary>
    [Fact]
    public void A_suggestion_survives_a_round_trip_through_json_as_an_event_would()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        Medium.Sample(request =>
        {
            var json = JsonSerializer.Serialize(PairingPlanner.Suggest(request), options);
            JsonSerializer.Serialize(JsonSerializer.Deserialize<PairingSuggestion>(json, options), options).ShouldBe(json);
        }, iter: 50, print: Json);
    }
}
