using LivingLibrary.Api.Referral;
using LivingLibrary.Domain.Referral;

namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>The organisation's referral directory (GET /api/partners?includeInactive=true): open to its staff, kept by its coordinators.</summary>
public sealed class PartnersModel : CasePage
{
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public bool MayManage => Caller.MayManageTheDirectory() is null;

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved)
    {
        Saved = saved;
        Partners = await GetPartnersEndpoint.Get(Query, includeInactive: MayManage);
        await LoadListsAsync();
    }
}
