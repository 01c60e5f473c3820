namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message CardOrVisitor => Of("card-or-visitor");
    public static Message NotAVisitorCard => Of("not-a-visitor-card");
    public static Message VisitorErased => Of("visitor-erased");
    public static Message VisitorNotFindable => Of("visitor-not-findable");
    public static Message FindableNeedsPseudonymAndArea => Of("findable-needs-pseudonym-and-area");
    public static Message LookupNeedsPseudonymAndArea => Of("lookup-needs-pseudonym-and-area");
}
