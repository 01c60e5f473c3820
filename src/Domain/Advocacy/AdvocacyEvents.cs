using LivingLibrary.Domain.Observatory;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Advocacy;

/// <summary>
/// The observatory's figures behind a demand: one service (and kind of difficulty, if named) over whole months, as the
/// cases recorded up to <see cref="CutOff"/> had it, suppressed as the observatory suppresses them. Shares are shown
/// when both their figures are.
/// </summary>
/// <param name="Rules">The <see cref="CurrentRules"/> the figures were built under; figures stored before they were recorded read 1.</param>
public sealed record AdvocacyEvidence(string Service, string? Difficulty, string From, string To, DateTimeOffset CutOff, OutcomeFigures Figures,
    Figure ShareReferred, Figure ShareResolved, int Rules = 1)
{
    /// <summary>
    /// The rules a demand's figures are built under (as <see cref="FunderReports.Rules"/> for a report): any change to
    /// what <see cref="Of"/> makes of the same cases is a new number, and a test records the figures of a fixed scene for each.
    /// 1: ADR 11 (until 2026-12-04); 2: ADR 18 (a place shown or hidden whole, one table per period).
    /// </summary>
    public const int CurrentRules = 2;

    /// <summary>The same figures, whatever rules each was built under.</summary>
    public bool SameFiguresAs(AdvocacyEvidence other) => this with { Rules = other.Rules } == other;

    public static AdvocacyEvidence Of(string service, string? difficulty, DateTimeOffset cutOff, ObservatoryView view)
    {
        var figures = (difficulty is null
            ? view.Services.FirstOrDefault(s => s.Code == service)?.Figures
            : view.Rows.FirstOrDefault(r => r.Service == service && r.Difficulty == difficulty)?.Figures) ?? (view.Withheld ? OutcomeFigures.Hidden : OutcomeFigures.Zero);
        return new AdvocacyEvidence(service, difficulty, view.From, view.To, cutOff, figures, Share(figures.Referred, figures.Cases),
            Share(figures.Resolved, figures.Cases), CurrentRules);
    }

    /// <summary>A share is a measure of the place its figures are: shown with them (docs/adr/0018).</summary>
    private static Figure Share(Figure part, Figure cases) =>
        part.Suppressed || cases.Suppressed ? Figure.Hidden : FigureRule.Exact.Share((int)part.Value!.Value, (int)cases.Value!.Value);
}

public sealed record AdvocacyPointDrafted(Guid PointId, string Title, string Demand, AdvocacyEvidence Evidence);

public sealed record AdvocacyPointRevised(Guid PointId, string Title, string Demand);

public sealed record AdvocacyEvidenceUpdated(Guid PointId, AdvocacyEvidence Evidence);

/// <summary>Sent to a service provider or an authority (its name, not a person's), on a day.</summary>
public sealed record AdvocacyPointSent(Guid PointId, string To, DateOnly On);

public sealed record AdvocacyPointAnswered(Guid PointId, string Answer, DateOnly On);

public sealed record AdvocacyPointClosed(Guid PointId, string? Reason, DateOnly On);
