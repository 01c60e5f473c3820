using Alba;
using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Api.Tests.Activities;

/// <summary>The Liège group's Tuesday workshop, as most programme scenarios start.</summary>
public static class ActivityScene
{
    public static readonly DateOnly FirstTuesday = new(2026, 9, 8);
    public static readonly DateOnly LastTuesday = new(2027, 6, 29);

    public static PlanActivity TuesdayWorkshop(params DateOnly[] holidays) =>
        new(ActivityKind.Workshop, "Atelier du mardi", FirstTuesday, new(14, 0), new(16, 30), null, null, "Amina", ["1.1"], ["pay-bill-online"],
            12, null, null, new Repeats(Frequency.Weekly, null, LastTuesday, holidays));

    public static PlanActivity Once(ActivityKind kind, DateOnly on, string title = "Visite") =>
        new(kind, title, on, new(10, 0), new(12, 0), null, null, null, null, null, null, null, null, null);

    public static Task<Guid> PlanAsync(this IAlbaHost host, string token, Guid groupId, PlanActivity activity) =>
        host.CreateAsync(token, $"/api/groups/{groupId}/activities", activity);
}
