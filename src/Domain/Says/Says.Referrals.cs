namespace LivingLibrary.Domain;

// Referrals between members of a network (docs/adr/0033).
public static partial class Says
{
    public static Message ReferWithinYourOwn => Of("refer-within-your-own");
    public static Message NotAMemberToReferTo(string? organisation) => Of("not-a-member-to-refer-to", new { organisation });
    public static Message ReferralAlreadyDeclined => Of("referral-already-declined");
    public static Message ReferralAlreadyAccepted => Of("referral-already-accepted");
    public static Message AcceptReferralFirst => Of("accept-referral-first");
    public static Message MemberRecordsOutcome => Of("member-records-outcome");
}
