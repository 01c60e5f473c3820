using LivingLibrary.Api.Tests.Cases;
using LivingLibrary.Api.Tests.Evaluations;
using LivingLibrary.Api.Tests.Support;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;

namespace LivingLibrary.Api.Tests.Privacy;

/// <summary>
/// A correction's words are personal data like a note (docs/adr/0014): erasing the person masks the reason's words, the
/// corrected answers, and the first answers of a set that was voided (they no longer count, but they are still theirs).
/// </summary>
[Collection(CasesCollection.Name)]
public sealed class CorrectionErasureTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Words = ["Quokkaphrase d'origine", "Quokkaphrase corrigée", "Quokkaraison de l'annulation"];

    [Fact]
    public async Task Erasing_a_person_masks_their_corrected_and_voided_answers_and_the_reasons_words()
    {
        var scene = await EvaluationScene.SetUp(Host, Coordinator(), people: 1);
        var person = scene.People[0];
        var first = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var second = await scene.OpenAsync(Host, Coordinator(), AnswerMode.Named);
        var sheet = await EvaluationScene.SheetAsync(Host, Coordinator(), first);
        await Host.SendAsync(Coordinator(), $"/api/campaigns/{first}/answers", new RecordNamedAnswers(person, EvaluationScene.AnswersTo(sheet, text: Words[0]), false));
        await Host.SendAsync(Coordinator(), $"/api/campaigns/{first}/answers/{person}/correct",
            new CorrectNamedAnswers(EvaluationScene.AnswersTo(sheet, text: Words[1]), false, CorrectionReason.TypingMistake, null));
        await Host.SendAsync(Coordinator(), $"/api/campaigns/{second}/answers", new RecordNamedAnswers(person, EvaluationScene.AnswersTo(sheet, text: Words[0]), false));
        await Host.SendAsync(Coordinator(), $"/api/campaigns/{second}/answers/{person}/void", new VoidNamedAnswers(CorrectionReason.Other, Words[2]));
        (await DatabaseDump.HoldingAsync(Words, Database)).Count.ShouldBe(Words.Length, "the words are there before");

        await Host.SendAsync(Coordinator(), $"/api/participants/{person}/erase", new ErasePerson(ErasureReason.Request));

        await ViewsCaughtUp();
        (await DatabaseDump.HoldingAnyFormOfAsync(Words, Database)).ShouldBeEmpty();
        (await Stream(second)).Last().Data.ShouldBe(new NamedAnswersVoided(second, person, new Correction("coordinator-1", CorrectionReason.Other, PersonalData.Erased)));
    }
}
