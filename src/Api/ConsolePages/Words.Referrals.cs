namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of referrals between members of a network (docs/adr/0033).</summary>
public static partial class Words
{
    public static readonly Word DeskReferrals = new("console.desk-referrals");
    public static readonly Word DeskReferralsHelp = new("console.desk-referrals-help");
    public static readonly Word NoReferrals = new("console.no-referrals");
    public static readonly Word ReferralFrom = new("console.referral-from");
    public static readonly Word PassedOnLabel = new("console.passed-on");
    public static readonly Word NothingPassedOn = new("console.nothing-passed-on");
    public static readonly Word AcceptReferralButton = new("console.accept-referral");
    public static readonly Word DeclineReferralButton = new("console.decline-referral");
    public static readonly Word DeclineReasonLabel = new("console.decline-reason");
    public static readonly Word RecordOutcomeButton = new("console.record-referral-outcome");
    public static readonly Word ReferToMemberHeading = new("console.refer-to-member-heading");
    public static readonly Word MemberDesks = new("console.member-desks");
    public static readonly Word NoMemberDesk = new("console.no-member-desk");
    public static readonly Word PassOnLabel = new("console.pass-on");
    public static readonly Word ConsentNoticeLabel = new("console.referral-consent-notice");
    public static readonly Word ConsentGivenOnLabel = new("console.referral-consent-given-on");
    public static readonly Word ReferToMemberButton = new("console.refer-to-member-button");
    public static readonly Word ReferredToMember = new("console.referred-to-member");

    public static Word PassedOnName(PassedOn p) => new($"console.passed-on-name.{Choices.Name(p)}");

    public static Word ReferralStatusName(ReferralStatus s) => new($"console.referral-status.{Choices.Name(s)}");

    public static Word DeclineReasonName(DeclineReason r) => new($"console.decline-reason-name.{Choices.Name(r)}");

    public static Word ReferralResultName(ReferralResult r) => new($"console.referral-result.{Choices.Name(r)}");
}
