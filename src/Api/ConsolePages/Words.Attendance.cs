namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of an occurrence's attendance list and its sheet to sign on paper.</summary>
public static partial class Words
{
    public static readonly Word AttendanceTitle = new("console.attendance.title");
    public static readonly Word AttendanceGroup = new("console.attendance.group");
    public static readonly Word AttendanceWhen = new("console.attendance.when");
    public static readonly Word AttendancePlace = new("console.attendance.place");
    public static readonly Word ArrivedOrLeftOtherwise = new("console.attendance.arrived-or-left-otherwise");
    public static readonly Word Arrived = new("console.attendance.arrived");
    public static readonly Word Left = new("console.attendance.left");
    public static readonly Word AttendanceSheet = new("console.attendance.sheet");
    public static readonly Word PrintAttendanceSheet = new("console.attendance.print-sheet");
    public static readonly Word SheetName = new("console.attendance.sheet-name");
    public static readonly Word SheetSignature = new("console.attendance.sheet-signature");
    public static readonly Word SheetFacilitatorSignature = new("console.attendance.sheet-facilitator-signature");
    public static readonly Word SheetSignedOn = new("console.attendance.sheet-signed-on");
    public static readonly Word SheetSignedOnDay = new("console.attendance.sheet-signed-on-day");
    public static readonly Word SheetNotSigned = new("console.attendance.sheet-not-signed");
    public static readonly Word RecordSheetSigned = new("console.attendance.record-sheet-signed");

    public static Word PresenceName(Presence p) => new($"console.presence.{Choices.Name(p)}");
}
