namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message GroupOrFacilitator => Of("group-or-facilitator");
    public static Message OnlyYourOwnFeed => Of("only-your-own-feed");
}
