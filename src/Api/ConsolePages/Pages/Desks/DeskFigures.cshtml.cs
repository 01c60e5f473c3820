namespace LivingLibrary.Api.ConsolePages.Pages;

/// <summary>A desk's figures (GET /api/desks/{id}/figures), exact for its staff: session by session, people counted once (docs/adr/0034).</summary>
public sealed class DeskFiguresModel : ApiReadingPage
{
    public DropInFigures? Figures { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid deskId)
    {
        var (from, to) = (TypedDate("from"), TypedDate("to"));
        if (FieldsAtFault() is { } wrong) return wrong;
        var query = string.Join("&", new[] { ("from", from), ("to", to) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={p.Item2!.Value.Iso()}"));
        var (figures, refused) = await ReadAsync<DropInFigures>($"/api/desks/{deskId}/figures?{query}");
        Figures = figures;
        return refused ?? Page();
    }

    public string ServicesOf(IEnumerable<ServiceCount> services) =>
        string.Join(", ", services.Select(s => $"{ServiceList.BuiltIn.Find(s.Service)?.Name.In(Language) ?? s.Service} {s.Requests}/{s.People}"));
}
