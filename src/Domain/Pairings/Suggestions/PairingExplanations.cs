namespace LivingLibrary.Domain.Pairings.Suggestions;

/// <summary>
/// Why the planner suggested what it did, as messages (docs/adr/0020): the API and the console word them in the reader's
/// language, with the people's names and the skills' and languages' names. People are named by their ids here.
/// </summary>
public static class PairingExplanations
{
    /// <summary>"Samira can help Jean with online banking: both speak Arabic, both free on Tuesday morning, ..."</summary>
    public static Message Explained(this SuggestedPair pair)
    {
        // What makes the pair possible reads first: a shared language, a moment, the levels.
        var met = pair.Lines.OfType<NeedMetLine>().ToList();
        var reasons = met.SelectMany(l => Languages(l))
            .Concat(pair.Lines.OfType<AvailabilityLine>().SelectMany(l => l.Explained(pair)))
            .Concat(met.Select(l => Levels(l, pair)))
            .Concat(pair.Lines.Where(l => l is not NeedMetLine and not AvailabilityLine).SelectMany(l => l.Explained(pair)))
            .ToList();
        if (pair.Pinned) reasons.Add(Says.Pinned);
        return Says.CanHelp(pair.HelperId, pair.LearnerId, pair.Subject, reasons);
    }

    /// <summary>One line's reasons; none when it has nothing worth saying (a normal priority).</summary>
    public static IReadOnlyList<Message> Explained(this ScoreLine line, SuggestedPair pair) => line switch
    {
        NeedMetLine l => [.. Languages(l), Levels(l, pair)],
        AvailabilityLine { SharedSlots.Count: 0 } => [Says.NoTimeInCommon],
        AvailabilityLine l => [Says.BothFree(l.SharedSlots.Select(s => Says.Slot(s.Day, s.Part)))],
        PriorityLine { Priority: NeedPriority.High } => [Says.HighPriority],
        PriorityLine { Priority: NeedPriority.Low } => [Says.LowPriority],
        DeadlineLine l => [l.DaysLeft switch
        {
            < -1 => Says.DeadlinePassed(-l.DaysLeft, l.Deadline),
            -1 => Says.DeadlinePassedYesterday(l.Deadline),
            0 => Says.DueToday(l.Deadline),
            1 => Says.DueTomorrow(l.Deadline),
            _ => Says.DueIn(l.DaysLeft, l.Deadline),
        }],
        ContinuityLine { SameSubject: true } => [Says.HelpedBefore(pair.HelperId, pair.LearnerId)],
        ContinuityLine l => [Says.HelpedBeforeWith(pair.HelperId, pair.LearnerId, l.EarlierSubject)],
        LoadLine { PairingsBefore: 0 } => [Says.NoOtherPairing(pair.HelperId)],
        LoadLine { PairingsBefore: 1 } l => [Says.OnePairingOf(pair.HelperId, l.Capacity)],
        LoadLine l => [Says.PairingsOf(pair.HelperId, l.PairingsBefore, l.Capacity)],
        _ => [],
    };

    /// <summary>"Jean waits for help with 2.6: nobody speaks Turkish and can help with 2.6."</summary>
    public static Message Explained(this UnmatchedNeed need) => Says.WaitsForHelp(need.LearnerId, need.Subject, need.Reason switch
    {
        NobodyOffersSubject => Says.NobodyOffers,
        NobodyAtLevel r when r.LevelNeeded > PairingPlanner.MaxLevel => Says.LevelAboveHighest(r.LevelNeeded, PairingPlanner.MaxLevel),
        NobodyAtLevel r => Says.NobodyAtLevel(r.LevelNeeded, r.HighestLevelOffered),
        NoSharedLanguage { LearnerLanguages.Count: 0 } => Says.NoLanguageRecorded(need.LearnerId),
        NoSharedLanguage r => Says.NobodySpeaks(r.LearnerLanguages, need.Subject),
        OnlyExcludedHelpers r => Says.OnlyExcluded([
            .. r.Forbidden.Count == 0 ? [] : new[] { Says.ExcludedByFacilitator(r.Forbidden) },
            .. r.EndedBadly.Count == 0 ? [] : new[] { Says.ExcludedEndedBadly(r.EndedBadly) }]),
        EveryHelperFull r => Says.EveryHelperFull(need.Subject, r.Helpers),
        GivenToOtherNeeds r => Says.GivenToOtherNeeds(r.Helpers),
        HelpersTooLoaded r => Says.HelpersTooLoaded(r.Helpers),
        _ => Says.NoReasonRecorded,
    });

    /// <summary>"Samira could not be pinned to Jean's need (online banking): Samira is full."</summary>
    public static Message Explained(this UnmetPin pin, PairingRequest request)
    {
        var need = request.Needs.FirstOrDefault(n => n.NeedId == pin.NeedId);
        var helper = request.Helpers.FirstOrDefault(h => h.HelperId == pin.HelperId);
        var level = helper?.Offers.Where(o => o.Subject == need?.Subject).Select(o => o.Level).DefaultIfEmpty(0).Max() ?? 0;
        var why = (pin.Problem, need) switch
        {
            (PinProblem.UnknownNeed, _) or (_, null) => Says.PinUnknownNeed,
            (PinProblem.UnknownHelper, _) => Says.PinUnknownHelper(pin.HelperId),
            (PinProblem.SamePerson, _) => Says.PinSamePerson,
            (PinProblem.SubjectNotOffered, _) => Says.PinSubjectNotOffered(pin.HelperId, need.Subject),
            (PinProblem.LevelTooLow, _) => Says.PinLevelTooLow(pin.HelperId, level, need.Subject, need.LearnerLevel + request.LevelGap),
            (PinProblem.NoSharedLanguage, _) => Says.PinNoSharedLanguage(pin.HelperId, need.LearnerId),
            (PinProblem.Forbidden, _) => Says.PinForbidden(pin.HelperId, need.LearnerId),
            (PinProblem.EndedBadly, _) => Says.PinEndedBadly(pin.HelperId, need.LearnerId),
            (PinProblem.HelperFull, _) => Says.PinHelperFull(pin.HelperId),
            (PinProblem.NeedAlreadyPinned, _) => Says.PinNeedAlreadyPinned,
            (PinProblem.AlreadyPairedForSubject, _) => Says.PinAlreadyPaired(pin.HelperId, need.LearnerId, need.Subject),
            _ => Says.NoReasonRecorded,
        };
        return need is null ? Says.NotPinnedToUnknownNeed(pin.HelperId, why) : Says.NotPinned(pin.HelperId, need.LearnerId, need.Subject, why);
    }

    private static IEnumerable<Message> Languages(NeedMetLine line) =>
        line.SharedLanguages.Count == 0 ? [] : [Says.BothSpeak(line.SharedLanguages)];

    private static Message Levels(NeedMetLine line, SuggestedPair pair) =>
        line.LearnerLevel == 0
            ? Says.LevelsLearnerNew(pair.HelperId, line.HelperLevel, pair.Subject, pair.LearnerId)
            : Says.Levels(pair.HelperId, line.HelperLevel, pair.Subject, pair.LearnerId, line.LearnerLevel);
}
