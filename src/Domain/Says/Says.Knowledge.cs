namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message HandlesSomething => Of("handles-something");
    public static Message KnownServices(IEnumerable<string> names) => Of("known-services", new { names });
    public static Message KindsOfDifficulty(IEnumerable<string> names) => Of("kinds-of-difficulty", new { names });
    public static Message TooManyAreas(int max) => Of("too-many-areas", new { max });

    public static Message EntryLanguage => Of("entry-language");
    public static Message EntryFromResolvedCase => Of("entry-from-resolved-case");
    public static Message EntryNeedsResolvedCase => Of("entry-needs-resolved-case");
    public static Message ReviewerNotAuthor => Of("reviewer-not-author");
    public static Message EntryPublishedReviseIt => Of("entry-published-revise-it");
    public static Message ReviewedBeforePublished => Of("reviewed-before-published");
    public static Message OnlyPublishedHelps => Of("only-published-helps");
    public static Message CoordinatorSharesKnowledge => Of("coordinator-shares-knowledge");
    public static Message NotAMemberYet => Of("not-a-member-yet");
    public static Message OnlyPublishedShared => Of("only-published-shared");
}
