using System.Security.Cryptography;
using System.Text;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Domain.Pairings;

/// <summary>An organisation's choice of how pairing suggestions weigh preferences.</summary>
public sealed record PairingWeightsSet(PairingWeights Weights);

/// <summary>The organisation's own settings: one stream per organisation, at an id derived from the organisation's.</summary>
public sealed record OrganisationSettings(Guid Id, PairingWeights Weights)
{
    public int Version { get; set; }

    public static OrganisationSettings Create(PairingWeightsSet e) => new(Guid.Empty, e.Weights);

    public OrganisationSettings Apply(PairingWeightsSet e) => this with { Weights = e.Weights };

    public static Guid StreamId(string organisationId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"organisation-settings:{organisationId}")).AsSpan(0, 16));

    public static Refusal? Check(PairingWeights? w) =>
        w is null
            ? Refusal.Invalid("weights", Says.WeightsRequired)
            : new Fields()
                .Check("needMet", w.NeedMet is >= 1 and <= 1000, Says.FromTo(1, 1000))
                .Check("sharedSlot", w.SharedSlot is >= 0 and <= 100, Says.FromTo(0, 100))
                .Check("sharedSlotsCounted", w.SharedSlotsCounted is >= 0 and <= 21, Says.FromTo(0, 21))
                .Check("priorityStep", w.PriorityStep is >= 0 and <= 100, Says.FromTo(0, 100))
                .Check("deadlineStep", w.DeadlineStep is >= 0 and <= 100, Says.FromTo(0, 100))
                .Check("sameSubjectBefore", w.SameSubjectBefore is >= 0 and <= 100, Says.FromTo(0, 100))
                .Check("relatedSubjectBefore", w.RelatedSubjectBefore is >= 0 and <= 100, Says.FromTo(0, 100))
                .Check("loadSpreading", w.LoadSpreading is >= 0 and <= 100, Says.FromTo(0, 100))
                .Refusal();
}
