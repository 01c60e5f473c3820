namespace LivingLibrary.Domain;

/// <summary>Why a record was corrected or voided: a short list of codes, the catalogue's words (docs/adr/0020).</summary>
public enum CorrectionReason
{
    TypingMistake,
    WrongDay,
    WrongPerson,
    Duplicate,
    DidNotHappen,
    Other,
}

/// <summary>
/// Who corrected or voided a record (their user id, from their token) and why. The record's first event stays in the
/// history; the correction is an event of its own. The explanation is free text and may name someone: it is erased with
/// the person, as a note is (docs/adr/0014).
/// </summary>
public sealed record Correction(string By, CorrectionReason Reason, string? Explanation);

public static class Corrections
{
    public const int ExplanationMax = 500;

    /// <summary>A reason from the list; "other" needs words.</summary>
    public static Fields Why(this Fields fields, CorrectionReason? reason, string? explanation) =>
        fields
            .Choice("reason", reason)
            .Text("explanation", explanation, ExplanationMax, required: reason == CorrectionReason.Other);

    public static Correction Of(string by, CorrectionReason? reason, string? explanation) =>
        new(by, reason!.Value, Fields.Blank(explanation)?.Trim());
}
