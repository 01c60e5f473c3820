using System.IO.Compression;
using CsvHelper;

namespace LivingLibrary.Api.Reports;

/// <summary>
/// The funder report as a ZIP of CSV tables, one per file, for a funder's spreadsheet: codes and their English
/// names side by side, a suppressed figure written <c>suppressed</c> (never 0, never empty). The same report
/// gives the same bytes: entries in a fixed order, each dated by the report's cut-off.
/// </summary>
public static class ReportCsv
{
    private const string En = "en";

    // A byte order mark so that a spreadsheet reads the UTF-8 (accents of the quotes) as UTF-8; texts that would
    // start a formula are escaped, as quotes are free text.
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static byte[] Zip(FunderReport report, ReportLabels labels)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            // ZIP keeps local clock times from 1980 on: the cut-off's UTC clock time, or 1980 for an earlier one.
            var stamp = report.CutOff.ToUniversalTime() is var utc && utc.Year >= 1980 ? utc : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
            foreach (var (name, write) in Tables(report, labels))
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                using var csv = CsvWriter.Create(stream, Options);
                write(csv);
            }
        }
        return zip.ToArray();
    }

    private static IEnumerable<(string Name, Action<CsvWriter> Write)> Tables(FunderReport r, ReportLabels labels)
    {
        yield return ("report.csv", csv =>
        {
            csv.WriteHeader("organisation", "group_id", "group_name", "from", "to", "cut_off");
            csv.WriteRecord(r.OrganisationId, r.GroupId?.ToString("D") ?? "", labels.GroupName ?? r.GroupName ?? "", Day(r.From), Day(r.To),
                r.CutOff.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        });
        yield return ("participants.csv", csv => Figures(csv, "people",
            ("took-part", "Took part during the period", r.Participants.TookPart),
            ("joined", "Joined", r.Participants.Joined),
            ("left", "Left", r.Participants.Left),
            ("at-end", "There at the end of the period", r.Participants.AtEnd)));
        yield return ("languages.csv", csv => Codes(csv, "language", "people", r.Participants.Languages, code => labels.LanguageName(code, En)));
        yield return ("activity.csv", csv => Figures(csv, "value", [
            .. Enum.GetValues<ActivityKind>().Select(k => ($"{Snake(k.ToString()).Replace('_', '-')}s", Capitalised(new ReportWords(En).KindHeld(k)),
                new Figure(r.Activity.Activities.FirstOrDefault(a => a.Kind == k)?.Occurrences ?? 0))),
            ("hours-of-activity", "Hours of activity delivered", new Figure(r.Activity.HoursDelivered)),
            ("participant-hours", "Participant-hours", r.Activity.ParticipantHours),
            ("attendance-rate", "Attendance rate", r.Activity.AttendanceRate),
            ("help-sessions", "Help sessions in pairs", r.Activity.HelpSessions),
            ("help-hours", "Hours of help in pairs", r.Activity.HelpHours),
            ("drop-in-requests", "Drop-in requests", r.Activity.DropInRequests),
            ("case-hours", "Hours accompanying cases", r.Activity.CaseHours),
            ("peer-help-hours", "Hours of help given by participants", r.Progress.HelpHours),
            ("cases-solved-with-peers", "Cases solved with a peer's help", r.Progress.CasesSolvedWithPeers),
            .. r.Progress is { PeopleWhoHelpedAround: { } people, TimesHelpedAround: { } times }
                ? [("people-who-helped-around", "Participants who helped someone around them", people),
                   ("times-helped-around", "Times participants helped someone around them", times)]
                : Array.Empty<(string, string, Figure)>()]));
        yield return ("pairings.csv", csv => Figures(csv, "pairings",
            ("started", "Started during the period", r.Pairings.Started),
            ("lasted-three-sessions", "Of which lasted three sessions or more", r.Pairings.LastedThreeSessions),
            ("ended-well", "Of which ended well", r.Pairings.EndedWell)));
        yield return ("cases.csv", csv => Figures(csv, "cases",
            ("posted", "Posted during the period", r.Cases.Posted),
            ("resolved", "Resolved", r.Cases.Resolved),
            ("referred", "Referred to a competent service", r.Cases.Referred)));
        yield return ("cases-by-service.csv", csv => Codes(csv, "service", "cases", r.Cases.ByService, code => labels.ServiceName(code, En)));
        yield return ("cases-by-difficulty.csv", csv => Codes(csv, "difficulty", "cases", r.Cases.ByDifficulty, code => ReportLabels.DifficultyName(code, En)));
        yield return ("loans.csv", csv =>
        {
            csv.WriteHeader("kind", "label", "lent", "returned", "overdue_at_end");
            foreach (var k in r.Loans.ByKind)
                csv.WriteRecord(Snake(k.Kind.ToString()), new ReportWords(En).DeviceKind(k.Kind), Cell(k.Lent), Cell(k.Returned), Cell(k.Overdue));
            csv.WriteRecord("all", "All devices", Cell(r.Loans.Lent), Cell(r.Loans.Returned), Cell(r.Loans.OverdueAtEnd));
        });
        yield return ("progress.csv", csv =>
        {
            var bands = Enum.GetValues<Band>().Select(b => Snake(b.ToString())).ToList();
            var said = Enum.GetValues<CanDo>().Select(c => Snake(c.ToString())).ToList();
            csv.WriteHeader(["skill", "label", "reassessed", "moved_up", "share_moved_up", .. bands.Select(b => $"intake_{b}"),
                .. bands.Select(b => $"now_{b}"), .. said.Select(s => $"said_at_end_{s}")]);
            foreach (var s in r.Progress.Skills)
                csv.WriteRecord([s.Skill, labels.SkillName(s.Skill, En), Cell(s.Reassessed), Cell(s.MovedUp), Cell(s.ShareMovedUp),
                    .. s.BandsAtIntake.Select(Cell), .. s.BandsNow.Select(Cell), .. s.SaidAtEnd.Select(Cell)]);
        });
        yield return ("progress-people.csv", csv => Figures(csv, "people", ("followed", "People followed", r.Progress.People)));
        yield return ("campaigns.csv", csv =>
        {
            csv.WriteHeader("campaign_id", "kind", "answered", "opens_on", "closes_on", "closed", "respondents",
                "what_worked", "what_did_not", "what_next", "concluded_on");
            foreach (var c in r.Evaluations)
                csv.WriteRecord(c.CampaignId.ToString("D"), Snake(c.Kind.ToString()), Snake(c.Mode.ToString()), Day(c.OpensOn), Day(c.ClosesOn), Bool(c.Closed),
                    Cell(c.Respondents), c.Conclusions?.WhatWorked ?? "", c.Conclusions?.WhatDidNot ?? "", c.Conclusions?.WhatNext ?? "",
                    c.Conclusions is { } done ? Day(done.On) : "");
        });
        yield return ("evaluations.csv", csv =>
        {
            csv.WriteHeader("campaign_id", "question", "version", "question_kind", "task", "question_text", "answered", "mean");
            foreach (var c in r.Evaluations)
            foreach (var q in c.Questions)
                csv.WriteRecord(c.CampaignId.ToString("D"), q.Question, Int(q.Version), Snake(q.Kind.ToString()), q.Task ?? "",
                    labels.QuestionText(c.CampaignId, q.Question, q.Version, En), Cell(q.Answered), q.Mean is { } mean ? Cell(mean) : "");
        });
        yield return ("evaluation-answers.csv", csv =>
        {
            csv.WriteHeader("campaign_id", "question", "version", "choice", "choice_label", "people");
            foreach (var c in r.Evaluations)
            foreach (var q in c.Questions.Where(q => q.Choices is not null))
            {
                var (min, _) = Questionnaire.Choices(q.Kind) ?? (0, 0);
                var words = new ReportWords(En).Choices(q.Kind);
                for (var i = 0; i < q.Choices!.Count; i++)
                    csv.WriteRecord(c.CampaignId.ToString("D"), q.Question, Int(q.Version), Int(min + i), i < words.Count ? words[i] : "", Cell(q.Choices[i]));
            }
        });
        yield return ("quotes.csv", csv =>
        {
            csv.WriteHeader("quote");
            foreach (var quote in r.Quotes) csv.WriteRecord(quote);
        });
    }

    private static void Figures(CsvWriter csv, string column, params (string Code, string Label, Figure Value)[] rows)
    {
        csv.WriteHeader("figure", "label", column);
        foreach (var (code, label, value) in rows) csv.WriteRecord(code, label, Cell(value));
    }

    private static void Codes(CsvWriter csv, string codeColumn, string countColumn, IReadOnlyList<CodeCount> counts, Func<string, string> label)
    {
        csv.WriteHeader(codeColumn, "label", countColumn);
        foreach (var c in counts) csv.WriteRecord(c.Code, label(c.Code), Cell(c.Count));
    }

    /// <summary>A figure as <see cref="Figure.ToString"/> writes it: <c>suppressed</c>, or its value in invariant culture.</summary>
    private static string Cell(Figure figure) => figure.ToString();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>HighlySpecialised → highly_specialised.</summary>
    private static string Snake(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(ch) : ch.ToString()));
}
