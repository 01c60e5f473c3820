namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of a desk worker's visit form, the partner directory, the "today" page and the search by name.</summary>
public static partial class Words
{
    // A visit on a session's sheet
    public static readonly Word VisitRecorded = new("console.visit-recorded");
    public static readonly Word OpenTheCase = new("console.open-the-case");
    public static readonly Word VisitTimeHeading = new("console.visit-time-heading");
    public static readonly Word VisitTimeHelp = new("console.visit-time-help");
    public static readonly Word VisitMore = new("console.visit-more");

    // The partner directory
    public static readonly Word PartnerDirectory = new("console.partner-directory");
    public static readonly Word PartnerDirectoryHelp = new("console.partner-directory-help");
    public static readonly Word AddPartner = new("console.add-partner");
    public static readonly Word NoPartners = new("console.no-partners");
    public static readonly Word PartnerKindLabel = new("console.partner-kind-label");
    public static readonly Word PartnerHandles = new("console.partner-handles");
    public static readonly Word PartnerAreas = new("console.partner-areas");
    public static readonly Word PartnerContact = new("console.partner-contact");
    public static readonly Word PartnerInactive = new("console.partner-inactive");
    public static readonly Word PartnerServices = new("console.partner-services");
    public static readonly Word PartnerDifficulties = new("console.partner-difficulties");
    public static readonly Word PartnerLanguageCodes = new("console.partner-language-codes");
    public static readonly Word PartnerAreaCodes = new("console.partner-area-codes");
    public static readonly Word PartnerOpeningHours = new("console.partner-opening-hours");
    public static readonly Word PartnerAccessibility = new("console.partner-accessibility");
    public static readonly Word SavePartner = new("console.save-partner");

    public static Word PartnerKindName(PartnerKind kind) => kind switch
    {
        PartnerKind.SocialServices => new("console.partner-kind.socialservices"),
        PartnerKind.PublicServiceCounter => new("console.partner-kind.publicservicecounter"),
        PartnerKind.PublicDigitalSpace => new("console.partner-kind.publicdigitalspace"),
        PartnerKind.Library => new("console.partner-kind.library"),
        PartnerKind.LegalAid => new("console.partner-kind.legalaid"),
        PartnerKind.Association => new("console.partner-kind.association"),
        _ => new("console.partner-kind.other"),
    };

    // Today
    public static readonly Word TodayTitle = new("console.today-title");
    public static readonly Word DeskSessionsToday = new("console.desk-sessions-today");
    public static readonly Word OrganisationToday = new("console.organisation-today");
    public static Word CasesDueCount(int count) => new("console.cases-due-count", new { count });
    public static Word OverdueLoansCount(int count) => new("console.overdue-loans-count", new { count });
    public static Word OpenEvaluationsCount(int count) => new("console.open-evaluations-count", new { count });
    public static readonly Word RecentExchangeSessions = new("console.recent-exchange-sessions");
    public static Word AttendeesCount(int count) => new("console.attendees-count", new { count });
    public static readonly Word PairingNextSteps = new("console.pairing-next-steps");
    public static readonly Word WaitingForAYes = new("console.waiting-for-a-yes");
    public static Word NoSessionSince(string day) => new("console.no-session-since", new { day });
    public static readonly Word NothingToDo = new("console.nothing-to-do");
    public static readonly Word CasesDueSoon = new("console.cases-due-soon");
    public static readonly Word CaseOrigin = new("console.case-origin");
    public static readonly Word Overdue = new("console.overdue");
    public static readonly Word OpenEvaluations = new("console.open-evaluations");

    // The search by name
    public static readonly Word SearchByName = new("console.search-by-name");
    public static readonly Word SearchNoMatch = new("console.search-no-match");
    public static Word SearchTooShort(int count) => new("console.search-too-short", new { count });
    public static Word SearchFirstOnly(int count) => new("console.search-first-only", new { count });
    public static readonly Word SearchGroup = new("console.search-group");
    public static readonly Word SearchHasLeft = new("console.search-has-left");
}
