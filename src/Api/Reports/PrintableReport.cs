namespace LivingLibrary.Api.Reports;

/// <summary>
/// The funder report as one self-contained HTML page to print on A4 or read on a phone, in French, Dutch or
/// English: no script, no external resource, charts inline as SVG. A pure function of its inputs: the same
/// report gives the same bytes, so a printed copy can be regenerated and compared.
/// </summary>
public static class PrintableReport
{
    public static string Render(FunderReport report, ReportLabels labels, string language, IssuedStamp? stamp)
    {
        var w = new ReportWords(language);
        var html = new ReportHtml();
        var title = labels.GroupName ?? report.GroupName ?? labels.OrganisationName ?? report.OrganisationId;
        html.Raw($"<!DOCTYPE html>\n<html lang=\"{w.Language}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text($"{w[Words.Report]} — {title} — {w.Period(report.From, report.To)}").Raw("</title>\n")
            .Raw("<style>\n").Raw(ReportStyle.Css).Raw("\n</style>\n</head>\n<body>\n");

        Header(html, report, labels, w, title);
        Headline(html, report, w);
        Participants(html, report, labels, w);
        Activity(html, report, w);
        Pairings(html, report, w);
        Cases(html, report, labels, w);
        Loans(html, report, w);
        Progress(html, report, labels, w);
        Evaluations(html, report, labels, w);
        Quotes(html, report, w);
        Footer(html, stamp, w);
        return html.Raw("</body>\n</html>\n").ToString();
    }

    private static void Header(ReportHtml html, FunderReport report, ReportLabels labels, ReportWords w, string title)
    {
        html.Open("header").Element("p", w[Words.Report], "kicker").Element("h1", title);
        if (report.GroupId is not null && (labels.OrganisationName ?? report.OrganisationId) is { } organisation)
            html.Element("p", $"{w[new("Organisation", "Organisatie", "Organisation")]}{Colon(w)}{organisation}");
        html.Element("p", $"{w[new("Période", "Periode", "Period")]}{Colon(w)}{w.Period(report.From, report.To)}")
            .Element("p", $"{w[new("Chiffres tirés de ce qui était enregistré au", "Cijfers uit wat geregistreerd was op", "Figures from what was recorded as of")]} {w.Moment(report.CutOff)}")
            .Close("header");
    }

    private static void Headline(ReportHtml html, FunderReport report, ReportWords w)
    {
        html.Raw("<section class=\"headline\" aria-label=\"").Text(w[new("Chiffres clés", "Kerncijfers", "Key figures")]).Raw("\">\n");
        Tile(html, report.Participants.TookPart, w.Count(report.Participants.TookPart),
            w[new("participant·es ont pris part", "deelnemers namen deel", "participants took part")]);
        Tile(html, report.Activity.HelpSessions, w.Count(report.Activity.HelpSessions),
            w[new("séances d'aide en binôme", "hulpmomenten in duo", "help sessions in pairs")],
            $"{w.Hours(report.Activity.HelpHours)} {w[Words.Hours]}");
        Tile(html, report.Pairings.Started, w.Count(report.Pairings.Started),
            w[new("binômes commencés", "duo's gestart", "pairings started")]);
        Tile(html, report.Cases.Posted, w.Count(report.Cases.Posted),
            w[new("cas concrets apportés", "concrete situaties ingebracht", "problem cases posted")],
            $"{w[Words.Resolved]}{Colon(w)}{w.Count(report.Cases.Resolved)}", $"{w[Words.Referred]}{Colon(w)}{w.Count(report.Cases.Referred)}");
        html.Close("section");
        html.Element("p", w[new(
            "Pour protéger les personnes, un chiffre qui porte sur moins de 3 personnes n'est jamais montré : il est écrit «\u00a0masqué (moins de 3 personnes)\u00a0», jamais 0. Quand un chiffre est masqué, d'autres le sont aussi, pour que les totaux ne le trahissent pas. Ce que le groupe ou l'organisation a fait (personnes, séances, heures, cas apportés) est montré tel quel dès que 3 personnes y ont pris part.",
            "Om de mensen te beschermen wordt een cijfer over minder dan 3 personen nooit getoond: er staat dan „verborgen (minder dan 3 personen)”, nooit 0. Als een cijfer verborgen is, worden er ook andere verborgen, zodat de totalen het niet verraden. Wat de groep of organisatie deed (personen, sessies, uren, ingebrachte situaties) wordt getoond zoals het is zodra 3 personen deelnamen.",
            "To protect people, a figure about fewer than 3 people is never shown: it reads “suppressed (fewer than 3 people)”, never 0. When a figure is suppressed, others are too, so that the totals do not give it away. What the group or organisation did (people, sessions, hours, cases brought) is shown as it is once 3 people took part.")], "note");
    }

    private static void Tile(ReportHtml html, Figure figure, string value, string what, params string[] more)
    {
        html.Raw("<div class=\"tile\">").Raw(figure.Suppressed ? "<span class=\"value suppressed\">" : "<span class=\"value\">").Text(value)
            .Raw("</span><span class=\"what\">").Text(what).Raw("</span>");
        foreach (var line in more) html.Raw("<span class=\"more\">").Text(line).Raw("</span>");
        html.Raw("</div>\n");
    }

    private static void Participants(ReportHtml html, FunderReport report, ReportLabels labels, ReportWords w)
    {
        var p = report.Participants;
        html.Open("section").Element("h2", w[new("Participant·es", "Deelnemers", "Participants")]);
        html.Table([w[Words.What], Num(w[Words.People])],
        [
            Row(w[new("ont pris part pendant la période", "namen deel tijdens de periode", "took part during the period")], Count(p.TookPart, w)),
            Row(w[new("sont arrivé·es", "kwamen erbij", "joined")], Count(p.Joined, w)),
            Row(w[new("sont parti·es", "vertrokken", "left")], Count(p.Left, w)),
            Row(w[new("étaient là à la fin de la période", "waren er aan het einde van de periode", "were there at the end of the period")], Count(p.AtEnd, w)),
        ]);
        html.Element("h3", w[new("Langues parlées", "Gesproken talen", "Languages spoken")]);
        if (p.Languages.Count == 0) html.Element("p", w[Words.NoneInPeriod]);
        else
        {
            html.Table([w[new("Langue", "Taal", "Language")], Num(w[Words.People])],
                p.Languages.Select(l => Row(LanguageName(l.Code, labels, w), Count(l.Count, w))));
            html.Element("p", w[new("Une personne qui parle plusieurs langues compte dans chacune.", "Wie meerdere talen spreekt, telt bij elke taal mee.",
                "A person who speaks several languages counts in each.")]);
        }
        html.Close("section");
    }

    private static void Activity(ReportHtml html, FunderReport report, ReportWords w)
    {
        var a = report.Activity;
        html.Open("section").Element("h2", w[new("Activité", "Activiteit", "Activity")]);
        html.Table([w[Words.What], Num(w[new("Nombre", "Aantal", "Number")])],
        [
            Row(w[new("espaces d'échange tenus", "uitwisselmomenten gehouden", "exchange sessions held")], new Cell(w.Count(a.ExchangeSessions), true)),
            Row(w[new("séances d'aide en binôme", "hulpmomenten in duo", "help sessions in pairs")], Count(a.HelpSessions, w)),
            Row(w[new("heures d'aide en binôme", "uren hulp in duo", "hours of help in pairs")], Hours(a.HelpHours, w)),
            Row(w[new("demandes aux permanences", "vragen op de zitdagen", "drop-in requests")], Count(a.DropInRequests, w)),
            Row(w[new("heures d'accompagnement des cas", "uren begeleiding van situaties", "hours accompanying cases")], Hours(a.CaseHours, w)),
            Row(w[new("heures d'aide données par les participant·es", "uren hulp gegeven door deelnemers", "hours of help given by participants")],
                Hours(report.Progress.HelpHours, w)),
            Row(w[new("cas résolus avec l'aide d'un·e pair", "situaties opgelost met hulp van een peer", "cases solved with a peer's help")],
                Count(report.Progress.CasesSolvedWithPeers, w)),
        ]);
        html.Close("section");
    }

    private static void Pairings(ReportHtml html, FunderReport report, ReportWords w)
    {
        var p = report.Pairings;
        html.Open("section").Element("h2", w[new("Binômes de la bibliothèque vivante", "Duo's van de levende bibliotheek", "Living library pairings")]);
        html.Table([w[Words.What], Num(w[new("Binômes", "Duo's", "Pairings")])],
        [
            Row(w[new("commencés pendant la période", "gestart tijdens de periode", "started during the period")], Count(p.Started, w)),
            Row(w[new("dont tenus trois séances ou plus", "waarvan drie of meer sessies", "of which lasted three sessions or more")], Count(p.LastedThreeSessions, w)),
            Row(w[new("dont terminés sur un bilan positif", "waarvan goed afgesloten", "of which ended well")], Count(p.EndedWell, w)),
        ]);
        html.Close("section");
    }

    private static void Cases(ReportHtml html, FunderReport report, ReportLabels labels, ReportWords w)
    {
        var c = report.Cases;
        html.Open("section").Element("h2", w[new("Cas concrets", "Concrete situaties", "Problem cases")]);
        html.Table([w[Words.What], Num(w[Words.CasesHeader])],
        [
            Row(w[new("apportés pendant la période", "ingebracht tijdens de periode", "posted during the period")], Count(c.Posted, w)),
            Row(w[new("résolus", "opgelost", "resolved")], Count(c.Resolved, w)),
            Row(w[new("orientés vers un service compétent", "doorverwezen naar een bevoegde dienst", "referred to a competent service")], Count(c.Referred, w)),
        ]);
        html.Element("h3", w[new("Par service concerné", "Per betrokken dienst", "By service")]);
        if (c.ByService.Count == 0) html.Element("p", w[NoBreakdown(c)]);
        else html.Table([w[new("Service", "Dienst", "Service")], Num(w[Words.CasesHeader])],
            c.ByService.Select(s => Row(labels.ServiceName(s.Code, w.Language), Count(s.Count, w))));

        html.Element("h3", w[new("Par type de difficulté", "Per soort moeilijkheid", "By kind of difficulty")]);
        if (c.ByDifficulty.Count == 0) html.Element("p", w[NoBreakdown(c)]);
        else
        {
            var rows = c.ByDifficulty.OrderBy(d => DifficultyOrder(d.Code)).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
            html.Table([w[new("Difficulté", "Moeilijkheid", "Difficulty")], Num(w[Words.CasesHeader])],
                rows.Select(d => Row(ReportLabels.DifficultyName(d.Code, w.Language), Count(d.Count, w))));
            var chartTitle = w[new("Cas par type de difficulté", "Situaties per soort moeilijkheid", "Cases by kind of difficulty")];
            html.Figure(ReportCharts.Bars("cases-by-difficulty", chartTitle, w[Words.Cases],
                    [.. rows.Select(d => new ChartBar(ReportLabels.DifficultyName(d.Code, w.Language), d.Count))], w, v => w.Number(v)),
                w[new("Un type sans barre est masqué (moins de 3 personnes) : ce n'est pas zéro.", "Een soort zonder balk is verborgen (minder dan 3 personen): het is geen nul.",
                    "A kind without a bar is suppressed (fewer than 3 people): it is not zero.")]);
        }
        html.Close("section");
    }

    /// <summary>No case, or too few to show them by service or difficulty without pointing at someone (docs/adr/0018).</summary>
    private static Label NoBreakdown(CaseFigures c) => c.Posted is { Value: 0 } ? Words.NoneInPeriod : new(
        "Trop peu de cas pour les montrer par service ou par difficulté sans désigner quelqu'un.",
        "Te weinig situaties om ze per dienst of moeilijkheid te tonen zonder iemand aan te wijzen.",
        "Too few cases to show them by service or difficulty without pointing at someone.");

    private static void Loans(ReportHtml html, FunderReport report, ReportWords w)
    {
        var l = report.Loans;
        html.Open("section").Element("h2", w[new("Prêts de matériel", "Uitlenen van toestellen", "Device loans")]);
        if (l.ByKind.Count == 0)
        {
            html.Element("p", w[Words.NoneInPeriod]).Close("section");
            return;
        }
        Cell[] Figures(Figure lent, Figure returned, Figure overdue) => [Count(lent, w), Count(returned, w), Count(overdue, w)];
        html.Table([w[new("Appareil", "Toestel", "Device")], Num(w[new("prêtés", "uitgeleend", "lent")]), Num(w[new("rendus", "terugbezorgd", "returned")]),
                Num(w[new("en retard à la fin", "te laat aan het einde", "overdue at the end")])],
            [.. l.ByKind.Select(k => (IReadOnlyList<Cell>)[new(w.DeviceKind(k.Kind)), .. Figures(k.Lent, k.Returned, k.Overdue)]),
                [new(w[new("Tous les appareils", "Alle toestellen", "All devices")]), .. Figures(l.Lent, l.Returned, l.OverdueAtEnd)]]);
        html.Element("p", w[new(
            "Prêts commencés et retours pendant la période ; en retard : pas rendus à la date prévue, à la fin de la période (ou à la date d'arrêt des chiffres, si elle vient avant).",
            "Uitleningen gestart en teruggebracht tijdens de periode; te laat: niet terug op de afgesproken dag, aan het einde van de periode (of op de stopdatum van de cijfers, als die eerder valt).",
            "Loans started and returned during the period; overdue: not back by their due date at the end of the period (or at the figures' cut-off, if earlier).")]);
        html.Close("section");
    }

    private static void Progress(ReportHtml html, FunderReport report, ReportLabels labels, ReportWords w)
    {
        var progress = report.Progress;
        html.Open("section").Element("h2", w[new("Progrès par compétence", "Vooruitgang per vaardigheid", "Progress per skill")]);
        html.Element("p", $"{w[new("Personnes suivies", "Gevolgde personen", "People followed")]}{Colon(w)}{w.Count(progress.People)}. " + w[new(
            "Une personne a progressé quand son niveau DigComp (1 à 8), évalué à nouveau après l'accueil, est monté d'au moins un niveau.",
            "Iemand is vooruitgegaan als het DigComp-niveau (1 tot 8), na de intake opnieuw beoordeeld, minstens één niveau hoger is.",
            "A person moved up when their DigComp level (1 to 8), assessed again after intake, rose by at least one level.")]);
        // A skill nobody was reassessed on says nothing of progress: it is left out, and counted.
        var skills = progress.Skills.Where(s => s.Reassessed is not { Suppressed: false, Value: 0 }).ToList();
        if (skills.Count == 0)
        {
            html.Element("p", w[new("Personne n'a été réévalué pendant la période.", "Niemand werd opnieuw beoordeeld tijdens de periode.",
                "Nobody was reassessed during the period.")]).Close("section");
            return;
        }
        string Name(SkillShift s) => DigComp.IsCompetence(s.Skill) ? $"{s.Skill} {labels.SkillName(s.Skill, w.Language)}" : labels.SkillName(s.Skill, w.Language);

        html.Table([w[new("Compétence ou tâche", "Vaardigheid of taak", "Skill or task")], Num(w[new("réévaluées", "opnieuw beoordeeld", "reassessed")]),
                Num(w[new("ont progressé", "vooruitgegaan", "moved up")]), Num(w[new("part", "aandeel", "share")])],
            skills.Select(s => Row(Name(s), Count(s.Reassessed, w), Count(s.MovedUp, w), Percent(s.ShareMovedUp, w))));
        if (progress.Skills.Count - skills.Count is > 0 and var others)
            html.Element("p", $"{w.Count(others)} " + w[new("autres compétences ou tâches évaluées à l'accueil : personne n'y a encore été réévalué.",
                "andere vaardigheden of taken beoordeeld bij de intake: niemand werd er al opnieuw op beoordeeld.",
                "other skills or tasks assessed at intake: nobody has been reassessed on them yet.")]);

        var chartTitle = w[new("Part des personnes réévaluées qui ont progressé", "Aandeel van de opnieuw beoordeelden dat vooruitging",
            "Share of the people reassessed who moved up")];
        html.Figure(ReportCharts.Bars("progress", chartTitle, w[new("% des personnes réévaluées", "% van de opnieuw beoordeelden", "% of the people reassessed")],
                [.. skills.Select(s => new ChartBar(Name(s), s.ShareMovedUp is { Value: { } v } ? new Figure(v * 100) : Figure.Hidden))],
                w, v => w.Percent(v / 100), max: 100),
            w[new("Une compétence sans barre est masquée (moins de 3 personnes) : ce n'est pas zéro.", "Een vaardigheid zonder balk is verborgen (minder dan 3 personen): het is geen nul.",
                "A skill without a bar is suppressed (fewer than 3 people): it is not zero.")]);

        html.Element("h3", w[new("Niveaux à l'accueil et maintenant", "Niveaus bij de intake en nu", "Bands at intake and now")]);
        html.Element("p", w[new("Parmi les personnes réévaluées, combien à chaque niveau DigComp.", "Hoeveel van de opnieuw beoordeelden op elk DigComp-niveau.",
            "How many of the people reassessed in each DigComp band.")]);
        html.GroupedTable([w[new("Niveau DigComp", "DigComp-niveau", "DigComp band")],
                Num(w[new("à l'accueil", "bij de intake", "at intake")]), Num(w[new("maintenant", "nu", "now")])],
            skills.Select(s => (Name(s), (IReadOnlyList<Cell>)[], Enum.GetValues<Band>().Select((band, i) =>
                Row(w.BandName(band), Count(s.BandsAtIntake[i], w), Count(s.BandsNow[i], w))))));

        var said = progress.Skills.Where(s => s.SaidAtEnd.Any(f => f.Suppressed || f.Value > 0)).ToList();
        if (said.Count > 0)
        {
            html.Element("h3", w[new("Ce que les personnes disent à la fin du projet", "Wat de mensen aan het einde van het project zeggen",
                "What people say at the end of the project")]);
            html.GroupedTable([w[new("Réponse", "Antwoord", "Answer")], Num(w[Words.People])],
                said.Select(s => (Name(s), (IReadOnlyList<Cell>)[],
                    w.Choices(QuestionKind.SelfAssessment).Zip(s.SaidAtEnd, (choice, f) => Row(choice, Count(f, w))))));
        }
        html.Close("section");
    }

    /// <summary>A page per campaign for a group's few; beyond that (an organisation's report), every campaign together and a line for each.</summary>
    public const int CampaignsShownOneByOne = 4;

    private static void Evaluations(ReportHtml html, FunderReport report, ReportLabels labels, ReportWords w)
    {
        html.Raw("<section class=\"new-page\">\n").Element("h2", w[new("Évaluations collectives", "Gezamenlijke evaluaties", "Collective evaluations")]);
        if (report.Evaluations.Count == 0) html.Element("p", w[Words.NoneInPeriod]);
        else if (report.Evaluations.Count > CampaignsShownOneByOne) Together(html, report, labels, w);
        else
            foreach (var (campaign, number) in report.Evaluations.Select((c, i) => (c, i + 1)))
            {
                var kind = w.KindOf(campaign.Kind);
                html.Open("article", "campaign").Element("h3", $"{kind}, {w.Period(campaign.OpensOn, campaign.ClosesOn)}");
                html.Element("p", string.Join(" · ",
                    $"{w[Words.Answered]}{Colon(w)}{w.Count(campaign.Respondents)}",
                    campaign.Mode switch
                    {
                        AnswerMode.Anonymous => w[new("réponses anonymes", "anonieme antwoorden", "anonymous answers")],
                        AnswerMode.Named => w[new("réponses nominatives", "antwoorden op naam", "named answers")],
                        _ => w[new("réponses nominatives ou anonymes", "antwoorden op naam of anoniem", "named or anonymous answers")],
                    },
                    campaign.Closed ? w[new("clôturée", "afgesloten", "closed")] : w[new("encore ouverte", "nog open", "still open")]), "lead");
                Answers(html, campaign.Questions, q => labels.QuestionText(campaign.CampaignId, q.Question, q.Version, w.Language), $"evaluation{number}", kind, w);
                if (campaign.Conclusions is { } c) Conclusions(html, c, w);
                html.Close("article");
            }
        html.Close("section");
    }

    private static void Together(ReportHtml html, FunderReport report, ReportLabels labels, ReportWords w)
    {
        var totals = report.EvaluationTotals;
        var all = w[new("Toutes les campagnes", "Alle bevragingen", "Every campaign")];
        html.Open("article", "campaign").Element("h3", $"{all} ({totals.Campaigns})");
        html.Element("p", $"{w[Words.Answered]}{Colon(w)}{w.Count(totals.Respondents)}", "lead");
        Answers(html, totals.Questions, q => labels.QuestionText(null, q.Question, q.Version, w.Language), "evaluations", all, w);
        html.Close("article");
        html.Element("h3", w[new("Les campagnes une à une", "De bevragingen een voor een", "The campaigns one by one")]);
        html.Table([w[new("Campagne", "Bevraging", "Campaign")], w[new("Groupe", "Groep", "Group")], Num(w[Words.Answered])],
            report.Evaluations.Select(c => Row($"{w.KindOf(c.Kind)}, {w.Period(c.OpensOn, c.ClosesOn)}", labels.GroupNameOf(c.GroupId), Count(c.Respondents, w))));
    }

    /// <summary>The answers to a campaign's questions (or to every campaign's): choices in tables and charts, open questions counted.</summary>
    private static void Answers(ReportHtml html, IReadOnlyList<QuestionResult> results, Func<QuestionResult, string> text, string chartId, string title, ReportWords w)
    {
        foreach (var questionKind in new[] { QuestionKind.SelfAssessment, QuestionKind.Satisfaction })
        {
            var questions = results.Where(q => q.Kind == questionKind && q.Choices is not null).ToList();
            if (questions.Count == 0) continue;
            var choices = w.Choices(questionKind);
            var (heading, scale) = questionKind == QuestionKind.SelfAssessment
                ? (w[new("Auto-évaluation", "Zelfbeoordeling", "Self-assessment")], "0–3")
                : (w[new("Satisfaction", "Tevredenheid", "Satisfaction")], "1–5");
            html.Element("h4", heading);
            html.GroupedTable([w[new("Réponse", "Antwoord", "Answer")], Num(w[Words.People])],
                questions.Select(q => (text(q), (IReadOnlyList<Cell>)
                    [
                        new($"{w[new("réponses", "antwoorden", "answers")]}{Colon(w)}{w.Count(q.Answered)}", Suppressed: q.Answered.Suppressed),
                        new($"{w[new("moyenne", "gemiddelde", "mean")]} ({scale}){Colon(w)}{w.Of(q.Mean ?? Figure.Hidden, v => w.Number(v, 1, fixedDecimals: true))}",
                            Suppressed: q.Mean is not { Suppressed: false }),
                    ],
                    choices.Zip(q.Choices!, (choice, f) => Row(choice, Count(f, w))))));
            html.Figure(ReportCharts.Stacks($"{chartId}-{(questionKind == QuestionKind.SelfAssessment ? "self" : "satisfaction")}",
                    $"{title} — {heading.ToLower(System.Globalization.CultureInfo.InvariantCulture)}", w[new("personnes", "personen", "people")],
                    [.. questions.Select(q => new ChartStack(text(q), q.Answered, q.Choices!))], choices, w),
                w[new("Une réponse qui concerne moins de 3 personnes n'a pas de segment ; sa question le dit.",
                    "Een antwoord van minder dan 3 personen heeft geen segment; de vraag vermeldt het.",
                    "An answer given by fewer than 3 people has no segment; its question says so.")]);
        }
        var open = results.Where(q => q.Kind == QuestionKind.Open).ToList();
        if (open.Count > 0)
        {
            html.Element("h4", w[new("Questions ouvertes", "Open vragen", "Open questions")]);
            html.Table([w[new("Question", "Vraag", "Question")], Num(w[new("réponses", "antwoorden", "answers")])],
                open.Select(q => Row(text(q), Count(q.Answered, w))));
        }
    }

    private static void Conclusions(ReportHtml html, Conclusions conclusions, ReportWords w)
    {
        html.Element("h4", $"{w[new("Conclusions du groupe", "Conclusies van de groep", "The group's conclusions")]} ({w.Date(conclusions.On)})");
        html.Open("dl", "conclusions");
        foreach (var (term, text) in new[]
        {
            (w[new("Ce qui a marché", "Wat werkte", "What worked")], conclusions.WhatWorked),
            (w[new("Ce qui n'a pas marché", "Wat niet werkte", "What did not")], conclusions.WhatDidNot),
            (w[new("La suite", "Hoe verder", "What next")], conclusions.WhatNext),
        })
            if (!string.IsNullOrWhiteSpace(text)) html.Element("dt", term).Element("dd", text.Trim());
        html.Close("dl");
    }

    private static void Quotes(ReportHtml html, FunderReport report, ReportWords w)
    {
        html.Open("section").Element("h2", w[new("Paroles de participant·es", "Wat deelnemers zeggen", "In participants' words")]);
        if (report.Quotes.Count == 0)
            html.Element("p", w[new("Aucune citation pour cette période.", "Geen citaten voor deze periode.", "No quotes for this period.")]);
        else
        {
            html.Element("p", w[new("Réponses anonymes, citées avec l'accord de leurs auteur·es.", "Anonieme antwoorden, geciteerd met toestemming van wie ze schreef.",
                "Anonymous answers, quoted with the consent of those who wrote them.")]);
            foreach (var quote in report.Quotes) html.Element("blockquote", quote.Trim());
        }
        html.Close("section");
    }

    private static void Footer(ReportHtml html, IssuedStamp? stamp, ReportWords w)
    {
        html.Open("footer");
        if (stamp is null)
            html.Element("p", w[new("Aperçu : ce rapport n'a pas encore été émis.", "Voorbeeld: dit rapport is nog niet uitgegeven.", "Preview: this report has not been issued yet.")]);
        else
        {
            html.Element("p", $"{w[new("Rapport n°", "Rapport nr.", "Report no.")]} {stamp.ReportId:D}, {w[new("émis le", "uitgegeven op", "issued on")]} {w.Date(stamp.IssuedOn)}, " +
                $"{w[new("selon les règles de calcul n°", "volgens de rekenregels nr.", "under rules no.")]} {stamp.Rules}.");
            html.Raw("<p>SHA-256").Text(Colon(w)).Raw("<span class=\"hash\">").Text(stamp.Sha256).Raw("</span></p>\n");
            html.Element("p", w[new(
                "Ce rapport peut être régénéré à partir des mêmes événements (même période, même date d'arrêt, mêmes règles) et vérifié : l'empreinte SHA-256 de ses données doit être identique.",
                "Dit rapport kan opnieuw worden aangemaakt uit dezelfde gebeurtenissen (zelfde periode, zelfde stopdatum, zelfde regels) en gecontroleerd worden: de SHA-256 van zijn gegevens moet gelijk zijn.",
                "This report can be regenerated from the same events (same period, same cut-off, same rules) and checked: the SHA-256 of its data must be the same.")]);
        }
        html.Close("footer");
    }

    private static IReadOnlyList<Cell> Row(params Cell[] cells) => cells;

    private static Cell Num(string text) => new(text, true);

    private static Cell Count(Figure figure, ReportWords w) => new(w.Count(figure), true, figure.Suppressed);

    private static Cell Hours(Figure figure, ReportWords w) => new(w.Hours(figure), true, figure.Suppressed);

    private static Cell Percent(Figure figure, ReportWords w) => new(w.Percent(figure), true, figure.Suppressed);

    private static string LanguageName(string code, ReportLabels labels, ReportWords w) =>
        labels.LanguageName(code, w.Language) is var name && name != code ? $"{name} ({code})" : code;

    /// <summary>The taxonomy's own order, never one by size (which would rank the suppressed cells); unknown codes last.</summary>
    private static int DifficultyOrder(string code) =>
        Difficulties.All.Select(d => d.Code).ToList().IndexOf(code) is var i and >= 0 ? i : int.MaxValue;

    /// <summary>French puts a space before a colon.</summary>
    private static string Colon(ReportWords w) => w.Colon;

    private static class Words
    {
        public static readonly Label Report = new("Rapport aux financeurs — bibliothèque vivante", "Rapport voor de financiers — levende bibliotheek",
            "Report to funders — living library");
        public static readonly Label What = new("Ce qui est compté", "Wat geteld wordt", "What is counted");
        public static readonly Label People = new("Personnes", "Personen", "People");
        public static readonly Label Cases = new("cas", "situaties", "cases");
        public static readonly Label CasesHeader = new("Cas", "Situaties", "Cases");
        public static readonly Label Hours = new("heures", "uren", "hours");
        public static readonly Label Resolved = new("résolus", "opgelost", "resolved");
        public static readonly Label Referred = new("orientés", "doorverwezen", "referred");
        public static readonly Label Answered = new("Personnes qui ont répondu", "Mensen die antwoordden", "People who answered");
        public static readonly Label NoneInPeriod = new("Rien pendant la période.", "Niets tijdens de periode.", "None during the period.");
    }
}
