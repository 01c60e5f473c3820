using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Reports;
using W = LivingLibrary.Api.Export.ExportWords;

namespace LivingLibrary.Api.Export;

/// <summary>
/// A person's export as one self-contained page they can read themselves, in French, Dutch or English: a heading per part,
/// short sentences, dates in the page's language, every text encoded (<see cref="ReportHtml"/>). No script, nothing fetched.
/// </summary>
public static class ExportPage
{
    // The funder report's sheet, larger: this page is read by people who may read little on a screen.
    private const string Readable = """

        html { font-size: 12.5pt; line-height: 1.5; }
        th:first-child, td:first-child { width: auto; }
        dl.kept { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 4pt 0 8pt; }
        dl.kept dt { font-weight: bold; }
        dl.kept dd { margin: 0; white-space: pre-line; }
        article.case { break-inside: avoid; }
        li { margin: 2pt 0; }
        @media screen and (max-width: 600px) { dl.kept { grid-template-columns: 1fr; } dl.kept dd { margin-bottom: 4pt; } }
        """;

    public static string Render(PersonalExport export, ReportLabels labels)
    {
        var w = new ReportWords(export.Language);
        var html = new ReportHtml();
        var name = NameOf(export, w);
        html.Raw($"<!DOCTYPE html>\n<html lang=\"{w.Language}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text($"{w[W.Kicker]} — {name}").Raw("</title>\n")
            .Raw("<style>\n").Raw(ReportStyle.Css).Raw(Readable).Raw("\n</style>\n</head>\n<body>\n");

        html.Open("header").Element("p", w[W.Kicker], "kicker").Element("h1", name).Element("p", w[W.Intro])
            .Element("p", $"{w[W.MadeOn]} {w.Moment(export.MadeAt)}, {w[W.MadeBy]} {Who(export, export.MadeBy, w)}.")
            .Close("header");
        if (export.Participant is { } participant) Kept(html, participant, export, labels, w);
        else Kept(html, export.Visitor, export, labels, w);
        Cases(html, export, labels, w);
        if (export.Kind == PersonKind.Participant)
        {
            Pairings(html, export, labels, w);
            Answers(html, export, w);
        }
        Loans(html, export, w);
        if (export.Kind == PersonKind.Participant) Sessions(html, export, w);
        RecordedBy(html, export, labels, w);
        ReadBy(html, export, w);
        html.Open("footer").Element("p", w[W.Closing]).Close("footer");
        return html.Raw("</body>\n</html>\n").ToString();
    }

    private static string NameOf(PersonalExport export, ReportWords w) =>
        export.Participant?.Person.DisplayName ?? export.Visitor?.Pseudonym ?? w[W.Visitor];

    private static void Kept(ReportHtml html, Participant p, PersonalExport export, ReportLabels labels, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.Kept]);
        Facts(html,
        [
            (w[W.Name], p.Person.DisplayName),
            (w[W.Contact], p.Person.Contact ?? w[W.None]),
            (w[W.Languages], Listed(p.Languages.Select(l => labels.LanguageName(l, w.Language)), w)),
            (w[W.Availability], Listed(p.Availability.Select(s => $"{w[W.Of(s.Day)]} {w[W.Of(s.Part)]}"), w)),
            (w[W.Group], Listed(p.GroupIds.Select(g => export.Groups.FirstOrDefault(x => x.Id == g)?.Name ?? g.ToString("D")), w)),
            (w[W.Consent], w[W.Consented(p.Consent, w)]),
            .. p.ConsentWithdrawnOn is { } withdrawn ? [(w[W.Consent], w[W.ConsentWithdrawnOn(withdrawn, w)])] : Array.Empty<(string, string)>(),
            .. p.Capacity is { } capacity ? [(w[W.Capacity], w.Count(capacity))] : Array.Empty<(string, string)>(),
        ]);
        if (p.HasLeft) html.Element("p", w[W.Left]);

        html.Element("h3", w[W.Levels]);
        if (p.Levels.Count == 0) html.Element("p", w[W.Nothing]);
        else html.Table([w[W.Skill], w[W.Level], w[W.Date]], p.Levels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => Row(labels.SkillName(l.Key, w.Language), w[W.LevelOf(l.Value.Level)], w.Date(l.Value.AssessedOn))));

        html.Element("h3", w[W.Offers]);
        if (p.Offers.Count == 0) html.Element("p", w[W.Nothing]);
        else html.Table([w[W.Skill], w[W.Level]], p.Offers.Select(o => Row(labels.SkillName(o.Skill, w.Language),
            o.ConfirmedLevel is { } confirmed ? $"{w[W.LevelOf(confirmed)]} ({w[W.Confirmed]})" : w[W.LevelOf(o.ClaimedLevel)])));

        html.Element("h3", w[W.Needs]);
        if (p.Needs.Count == 0) html.Element("p", w[W.Nothing]);
        else html.Table([w[W.Skill], w[W.Priority], w[W.Date]], p.Needs.Select(n => Row(labels.SkillName(n.Skill, w.Language), w[W.Of(n.Priority)],
            n.Deadline is { } deadline ? $"{w[W.Before]} {w.Date(deadline)}" : "—")));
        html.Close("section");
    }

    private static void Kept(ReportHtml html, Visitor? v, PersonalExport export, ReportLabels labels, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.Kept]);
        Facts(html,
        [
            (w[W.Name], v?.Pseudonym ?? w[W.None]),
            (w[W.Area], v?.PostcodeArea ?? w[W.None]),
            (w[W.Contact], v?.Contact ?? w[W.None]),
            (w[W.Languages], Listed((v?.Languages ?? []).Select(l => labels.LanguageName(l, w.Language)), w)),
            (w[W.Desk], Listed(export.Desks.Select(d => d.Name), w)),
            (w[W.Consent], v?.Consent is { } consent ? w[W.Consented(consent, w)] : w[W.None]),
        ]);
        html.Close("section");
    }

    private static void Cases(ReportHtml html, PersonalExport export, ReportLabels labels, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.Cases]);
        if (export.Cases.Count == 0) html.Element("p", w[W.Nothing]);
        foreach (var c in export.Cases.Select(x => x.Case))
        {
            html.Open("article", "case").Element("h3", $"{labels.ServiceName(c.Details.Service, w.Language)} — {w.Date(c.PostedOn)}");
            Facts(html,
            [
                (w[W.Goal], c.Details.Goal),
                (w[W.Difficulty], ReportLabels.DifficultyName(c.Details.Difficulty, w.Language)),
                (w[W.Status], w[W.Of(c.Status)]),
            ]);
            if (c.Accompaniments.Count > 0)
            {
                html.Open("ul");
                foreach (var a in c.Accompaniments)
                    html.Element("li", string.Join(" ", new[]
                    {
                        $"{w.Date(a.On)}{w.Colon}{w.Count(a.Minutes)} {w[W.Minutes]}, {w[W.Of(a.Progress)]}.",
                        a.Steps.Count > 0 ? $"{w[W.Steps]}{w.Colon}{Joined(a.Steps, w)}." : null,
                        a.Note,
                    }.OfType<string>()));
                html.Close("ul");
            }
            if (c.Resolution is { } resolved)
                html.Element("p", $"{w[W.Of(CaseStatus.Resolved)]}, {w.Date(resolved.On)}{w.Colon}{w[W.Of(resolved.Autonomy)]}. {w[W.Steps]}{w.Colon}{Joined(resolved.Steps, w)}.");
            if (c.Referral is { } referral)
                html.Element("p", $"{w[W.Referred]} {w.Date(referral.On)}{w.Colon}{referral.Reason}" + (referral.FollowUpNote is { } note ? $" — {note}" : ""));
            if (c.ClosedReason is { } reason) html.Element("p", $"{w[W.ClosedBecause]}{w.Colon}{reason}");
            html.Close("article");
        }
        html.Close("section");
    }

    private static void Pairings(ReportHtml html, PersonalExport export, ReportLabels labels, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.Pairings]);
        if (export.Pairings.Count == 0) html.Element("p", w[W.Nothing]);
        else html.GroupedTable([w[W.Date], new Cell(w[W.Length], true), w[W.WorkedOn], w[W.Felt]], export.Pairings.Select(p => (
            $"{labels.SkillName(p.Skill, w.Language)} — {w[W.With]} {p.WithName ?? w[W.Unknown]}",
            (IReadOnlyList<Cell>)[
                w[W.Of(p.As)], w[W.Of(p.Status)],
                .. p.Outcome is { } outcome ? [new Cell(w[W.Of(outcome)])] : Array.Empty<Cell>(),
                .. p.TheirFeedback is { } said ? [new Cell($"{w[W.YourFeedback]}{w.Colon}{said}")] : Array.Empty<Cell>(),
            ],
            p.Sessions.Select(s => Row(w.Date(s.HeldOn), new Cell(w.Count(s.DurationMinutes), true), s.WorkedOn, w[W.Of(s.LearnerFelt)])))));
        html.Close("section");
    }

    private static void Answers(ReportHtml html, PersonalExport export, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.Answers]);
        if (export.Answers.Count == 0) html.Element("p", w[W.Nothing]);
        else html.GroupedTable([w[W.Question], w[W.Answer]], export.Answers.Select(a => (
            $"{w.KindOf(a.Kind)} — {w.Date(a.On)}",
            (IReadOnlyList<Cell>)[],
            a.Answers.Select(x => Row(x.Words, x.ChoiceWords ?? (x.Choice is { } n ? $"{w.Count(n)} {w[W.OutOfFive]}" : x.Text ?? "—"))))));
        html.Close("section");
    }

    private static void Loans(ReportHtml html, PersonalExport export, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.Loans]);
        if (export.Loans.Count == 0) html.Element("p", w[W.Nothing]);
        else html.Table([w[W.Device], w[W.From], w[W.Until], w[W.Returned], new Cell(w[W.Deposit], true)], export.Loans.Select(b => Row(
            $"{w.DeviceKind(b.Kind)} {b.Identifier}", w.Date(b.Loan.From), w.Date(b.Loan.Until),
            b.Loan.Return is { } back ? $"{w.Date(back.On)}, {w[W.Of(back.Condition)]}" + (back.Note is { } note ? $" — {note}" : "") : "—",
            new Cell(b.Loan.DepositCents == 0 ? w[W.None] : $"{w.Number(b.Loan.DepositCents / 100.0, 2, fixedDecimals: true)} €", true))));
        html.Close("section");
    }

    private static void Sessions(ReportHtml html, PersonalExport export, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.Sessions]);
        if (export.ExchangeSessions.Count == 0) html.Element("p", w[W.Nothing]);
        else html.Table([w[W.Date], w[W.Group], w[W.Theme]], export.ExchangeSessions.Select(s =>
            Row(w.Date(s.On), export.Groups.FirstOrDefault(g => g.Id == s.GroupId)?.Name ?? "—", s.Theme ?? "—")));
        if (export.HelpedOn.Count > 0)
        {
            html.Element("h3", w[W.HelpedOthers]).Open("ul");
            foreach (var help in export.HelpedOn) html.Element("li", $"{w.Date(help.On)}{w.Colon}{w.Count(help.Minutes)} {w[W.Minutes]}.");
            html.Close("ul");
        }
        html.Close("section");
    }

    private static void RecordedBy(ReportHtml html, PersonalExport export, ReportLabels labels, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.RecordedBy]).Element("p", w[W.RecordedByIntro]);
        var facts = export.History.Select(e => (Entry: e, About: (string?)null))
            .Concat(export.Cases.SelectMany(c => c.History.Select(e => (Entry: e, About: (string?)labels.ServiceName(c.Case.Details.Service, w.Language)))))
            .OrderBy(x => x.Entry.At).ToList();
        if (facts.Count == 0) html.Element("p", w[W.Nothing]);
        else html.Table([w[W.When], w[W.What], w[W.Who]], facts.Select(x => Row(w.Moment(x.Entry.At),
            (W.Of(x.Entry.Data) is { } words ? w[words] : x.Entry.Type) + (x.About is { } about ? $" ({about})" : ""),
            Who(export, x.Entry.By, w))));
        html.Close("section");
    }

    private static void ReadBy(ReportHtml html, PersonalExport export, ReportWords w)
    {
        html.Open("section").Element("h2", w[W.ReadBy]).Element("p", $"{w[W.ReadByIntro]} {w[W.KeptFor(export.JournalKeptMonths)]}");
        if (export.ReadBy.Count == 0) html.Element("p", w[W.NobodyYet]);
        else html.Table([w[W.When], w[W.Who], w[W.What]], export.ReadBy.Select(e => Row(w.Moment(e.At), Who(export, e.UserId, w), w[W.Of(e.Read)])));
        html.Element("p", w[W.ThisPageToo]).Close("section");
    }

    private static void Facts(ReportHtml html, IEnumerable<(string What, string Value)> facts)
    {
        html.Open("dl", "kept");
        foreach (var (what, value) in facts) html.Element("dt", what).Element("dd", value);
        html.Close("dl");
    }

    /// <summary>A member of staff by their name when the person's groups or desks know it, always with their user id.</summary>
    private static string Who(PersonalExport export, string? userId, ReportWords w) =>
        userId is null ? w[W.Unknown]
        : export.Staff.FirstOrDefault(s => s.UserId == userId) is { } staff ? $"{staff.DisplayName} ({userId})"
        : userId;

    private static string Listed(IEnumerable<string> items, ReportWords w) =>
        string.Join(", ", items) is { Length: > 0 } listed ? listed : w[W.None];

    private static string Joined(IEnumerable<string> steps, ReportWords w) => string.Join(w.Language == "fr" ? " ; " : "; ", steps);

    private static IReadOnlyList<Cell> Row(params Cell[] cells) => cells;
}
