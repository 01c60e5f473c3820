using LivingLibrary.Domain.Cases;

namespace LivingLibrary.Api.ConsolePages;

/// <summary>When something happened, as its event says (the day an accompaniment took place, not the day it was typed in; docs/adr/0031).</summary>
public static class Happened
{
    /// <summary>The event's own day, when it carries one; else null (then only when it was recorded is known).</summary>
    public static DateOnly? On(object data) => data switch
    {
        CasePosted e => e.PostedOn,
        DropInRequestRecorded e => e.SessionOn,
        CaseAccompanied e => e.Accompaniment.On,
        AccompanimentCorrected e => e.Accompaniment.On,
        CaseResolved e => e.On,
        CaseReferred e => e.On,
        ReferralFollowedUp e => e.On,
        CaseClosed e => e.On,
        CaseReopened e => e.On,
        _ => null,
    };
}
