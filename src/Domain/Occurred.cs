using LivingLibrary.Domain.Activities;

namespace LivingLibrary.Domain;

/// <summary>
/// A period of figures by the day things happened (docs/adr/0031): the day of a session, a request, an accompaniment,
/// whenever it was typed in. Not <c>asOf</c>, which is what the event store had recorded by a day; the two combine.
/// Either both days or neither (then: always).
/// </summary>
public sealed record Occurred(DateOnly? From, DateOnly? To)
{
    public static readonly Occurred Always = new(null, null);

    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);

    /// <summary>Both days or neither; both plausible, in order, no longer than a programme's period (a year and a bit).</summary>
    public Refusal? Check(DateOnly today) => (From, To) switch
    {
        (null, null) => null,
        ({ } from, { } to) => ActivityRules.Period(from, to, today),
        _ => new Fields().Check(From is null ? "from" : "to", false, Says.Required).Refusal(),
    };
}
