namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message NotOneOfCodes(string? code, IEnumerable<string> codes) => Of("not-one-of-codes", new { code, codes });
    public static Message TooManyCodes(int max) => Of("too-many-codes", new { max });
    public static Message NotAPostcode => Of("not-a-postcode");
    public static Message DeskCodeExists(string? code) => Of("desk-code-exists", new { code });
    public static Message CoordinatorManagesDeskLists => Of("coordinator-manages-desk-lists");
    public static Message NotAnArea => Of("not-an-area");
}
