namespace LivingLibrary.Api.ConsolePages;

// The words of corrections and of the pages that ask before a weighty action (closing, reopening, ending, withdrawing, voiding).
public static partial class Words
{
    public static readonly Word CorrectLink = new("console.correct-link");
    public static readonly Word VoidLink = new("console.void-link");
    public static readonly Word CorrectionReasonLabel = new("console.correction-reason-label");
    public static readonly Word CorrectionExplanation = new("console.correction-explanation");
    public static readonly Word CorrectionKeepsHistory = new("console.correction-keeps-history");
    public static readonly Word SaveCorrection = new("console.save-correction");
    public static readonly Word BackWithoutChange = new("console.back-without-change");
    public static readonly Word CorrectSessionTitle = new("console.correct-session-title");
    public static readonly Word CorrectAccompanimentTitle = new("console.correct-accompaniment-title");
    public static readonly Word CorrectCaseTitle = new("console.correct-case-title");
    public static Word CorrectAnswersTitle(string name) => new("console.correct-answers-title", new { name });
    public static readonly Word ReopenCampaign = new("console.reopen-campaign");
    public static readonly Word NewClosingDay = new("console.new-closing-day");
    public static readonly Word Voided = new("console.voided");

    public static Word ReasonOf(CorrectionReason reason) => reason switch
    {
        CorrectionReason.TypingMistake => new("console.correction-reason.typing-mistake"),
        CorrectionReason.WrongDay => new("console.correction-reason.wrong-day"),
        CorrectionReason.WrongPerson => new("console.correction-reason.wrong-person"),
        CorrectionReason.Duplicate => new("console.correction-reason.duplicate"),
        CorrectionReason.DidNotHappen => new("console.correction-reason.did-not-happen"),
        _ => new("console.correction-reason.other"),
    };

    /// <summary>What a confirmation page asks, what it says will happen, and its button.</summary>
    public static (Word Title, Word WhatHappens, Word Button) Confirmation(Weighty action) => action switch
    {
        Weighty.CloseCampaign => (new("console.confirm.close-campaign"), new("console.confirm.close-campaign-help"), CloseCampaign),
        Weighty.ReopenCampaign => (new("console.confirm.reopen-campaign"), new("console.confirm.reopen-campaign-help"), ReopenCampaign),
        Weighty.EndPairing => (new("console.confirm.end-pairing"), new("console.confirm.end-pairing-help"), EndThePairing),
        Weighty.WithdrawOffer => (new("console.confirm.withdraw-offer"), new("console.confirm.withdraw-offer-help"), WithdrawButton),
        Weighty.WithdrawNeed => (new("console.confirm.withdraw-need"), new("console.confirm.withdraw-need-help"), WithdrawButton),
        Weighty.VoidSession => (new("console.confirm.void-session"), new("console.confirm.void-help"), VoidLink),
        Weighty.VoidAccompaniment => (new("console.confirm.void-accompaniment"), new("console.confirm.void-help"), VoidLink),
        Weighty.VoidCase => (new("console.confirm.void-case"), new("console.confirm.void-case-help"), VoidLink),
        _ => (new("console.confirm.void-answers"), new("console.confirm.void-answers-help"), VoidLink),
    };
}

/// <summary>The actions that ask first, on a page of their own (docs/adr/0015).</summary>
public enum Weighty
{
    CloseCampaign,
    ReopenCampaign,
    EndPairing,
    WithdrawOffer,
    WithdrawNeed,
    VoidSession,
    VoidAccompaniment,
    VoidCase,
    VoidAnswers,
}
