namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of a network coordinator's pages (docs/adr/0015).</summary>
public static partial class Words
{
    public static readonly Word NetworkCoordinator = new("console.network-coordinator");
    public static readonly Word NetworkIdForCoordinator = new("console.network-id-for-coordinator");
    public static readonly Word TheNetwork = new("console.the-network");
    public static readonly Word NetworkHelp = new("console.network-help");
    public static readonly Word NetworkActivityTitle = new("console.network-activity-title");
    public static readonly Word NetworkActivityHelp = new("console.network-activity-help");
    public static readonly Word NetworkKnowledgeTitle = new("console.network-knowledge-title");
    public static readonly Word NetworkKnowledgeSearch = new("console.network-knowledge-search");
    public static readonly Word NetworkNoKnowledge = new("console.network-no-knowledge");
    public static readonly Word NetworkMembers = new("console.network-members");
    public static readonly Word NetworkJoinedOn = new("console.network-joined-on");
    public static readonly Word NetworkLeftOn = new("console.network-left-on");
    public static readonly Word NetworkInvited = new("console.network-invited");
    public static readonly Word NetworkCoordinators = new("console.network-coordinators");
    public static readonly Word NetworkObservatoryHelp = new("console.network-observatory-help");
    public static readonly Word NetworkFormerMember = new("console.network-former-member");
}
