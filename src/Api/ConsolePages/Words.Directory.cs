namespace LivingLibrary.Api.ConsolePages;

/// <summary>The words of the public directory of desks and of describing a desk for it (docs/adr/0032).</summary>
public static partial class Words
{
    public static readonly Word DirectoryTitle = new("console.directory-title");
    public static readonly Word DirectoryHelp = new("console.directory-help");
    public static readonly Word DirectoryNoSuchAddress = new("console.directory-no-such-address");
    public static readonly Word DirectoryFind = new("console.directory-find");
    public static readonly Word DirectoryDay = new("console.directory-day");
    public static readonly Word DirectorySpeaks = new("console.directory-speaks");
    public static readonly Word DirectoryService = new("console.directory-service");
    public static readonly Word DirectoryArea = new("console.directory-area");
    public static readonly Word DirectoryAny = new("console.directory-any");
    public static readonly Word DirectoryShow = new("console.directory-show");
    public static Word DirectoryFound(int count) => new("console.directory-found", new { count });
    public static readonly Word DirectoryLanguages = new("console.directory-languages");
    public static readonly Word DirectoryHostPlace = new("console.directory-host-place");
    public static readonly Word DirectoryStaffKinds = new("console.directory-staff-kinds");
    public static readonly Word DirectoryAccessibility = new("console.directory-accessibility");
    public static readonly Word DirectoryExport = new("console.directory-export");

    public static readonly Word SettingsDescribeDesk = new("console.settings-describe-desk");
    public static readonly Word SettingsDescribeDeskHelp = new("console.settings-describe-desk-help");
    public static readonly Word SettingsPostcode = new("console.settings-postcode");
    public static readonly Word SettingsDeskLists = new("console.settings-desk-lists");
    public static readonly Word SettingsWhichList = new("console.settings-which-list");
    public static readonly Word SettingsAddToList = new("console.settings-add-to-list");
    public static readonly Word SettingsPublicDirectory = new("console.settings-public-directory");
}
