namespace LivingLibrary.Domain;

public static partial class Says
{
    public static Message CoordinatorAdvocates => Of("coordinator-advocates");
    public static Message DemandSent => Of("demand-sent");
    public static Message DemandClosed => Of("demand-closed");
    public static Message DemandNotSent => Of("demand-not-sent");
    public static Message NotBeforeSent => Of("not-before-sent");

    public static Message NotAMonth => Of("not-a-month");
    public static Message MonthWindow(string from, string to) => Of("month-window", new { from, to });
    public static Message NotBeforeFrom => Of("not-before-from");
    public static Message PeriodTooLong(int months) => Of("period-too-long", new { months });
}
