using System.Text.RegularExpressions;
using LivingLibrary.Api.Localisation;
using LivingLibrary.Domain;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Pairings.Suggestions;

namespace LivingLibrary.Api.Tests.Localisation;

/// <summary>
/// The one catalogue (docs/adr/0020): every code the domain and the API can say has words in French, Dutch and English,
/// the catalogue holds no code nobody says, and the words take every argument they name.
/// </summary>
public sealed partial class CatalogueTests
{
    private static readonly IReadOnlyList<Message> Everything = TestCatalogue.Everything();

    private static readonly IReadOnlyList<Word> Words = TestCatalogue.EveryWord();

    /// <summary>Every key of a word: of each <see cref="Word"/> the API can make, and each the pages and components name.</summary>
    private static readonly IReadOnlyList<string> WordKeys = [.. Words.Select(w => w.Key).Concat(TestCatalogue.WordKeysInCode()).Distinct()];

    [Fact]
    public void The_registry_is_found_whole()
    {
        var codes = Everything.Select(m => m.Code).ToHashSet();
        codes.ShouldContain("level-out-of-range");
        codes.ShouldContain("no-such-group");
        codes.ShouldContain("slot-evening");
        codes.Count.ShouldBeGreaterThan(300);
    }

    [Theory, InlineData("fr"), InlineData("nl"), InlineData("en")]
    public void Every_code_the_domain_can_say_has_words_in_each_language(string language)
    {
        var texts = TestCatalogue.Texts(language);
        var missing = Everything.Select(m => m.Code).Distinct().Where(code => !texts.ContainsKey(code) || string.IsNullOrWhiteSpace(texts[code])).ToList();
        missing.ShouldBeEmpty($"Catalogue.{language}.resx has no words for: {string.Join(", ", missing)}");
    }

    [Theory, InlineData("fr"), InlineData("nl"), InlineData("en")]
    public void Every_word_the_pages_can_name_has_words_in_each_language(string language)
    {
        var texts = TestCatalogue.Texts(language);
        var missing = WordKeys.Where(key => !texts.ContainsKey(key) || string.IsNullOrWhiteSpace(texts[key])).ToList();
        missing.ShouldBeEmpty($"Catalogue.{language}.resx has no words for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_pages_name_words_the_catalogue_holds()
    {
        Words.Select(w => w.Key).ShouldContain("console.sign-in");
        Words.Select(w => w.Key).ShouldContain("console.urgency-name.other");
        WordKeys.ShouldContain("report.key-figures");
        WordKeys.ShouldContain("report.suppressed-fewer-than-3-people");
        TestCatalogue.Say(Words.First(w => w.Key == "console.levels-saved") with { With = new { count = 4 } }, "nl").ShouldBe("4 niveau(s) bewaard.");
    }

    [Theory, InlineData("fr"), InlineData("nl"), InlineData("en")]
    public void No_text_holds_an_escape_of_the_code_it_came_from(string language)
    {
        var escaped = TestCatalogue.Texts(language).Where(t => t.Value.Contains('\\')).Select(t => t.Key).ToList();
        escaped.ShouldBeEmpty($"Catalogue.{language}.resx writes a character as C# would (\\u00a0) in: {string.Join(", ", escaped)}");
    }

    [Fact]
    public void A_word_in_one_language_is_in_all_three()
    {
        var keys = TestCatalogue.Languages.Select(l => TestCatalogue.Texts(l).Where(t => !string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).Order().ToList()).ToList();
        keys[0].Except(keys[1]).Concat(keys[1].Except(keys[0])).Concat(keys[0].Except(keys[2])).Concat(keys[2].Except(keys[0])).ShouldBeEmpty();
    }

    [Theory, InlineData("fr"), InlineData("nl"), InlineData("en")]
    public void The_catalogue_holds_no_code_nobody_says(string language)
    {
        var said = Everything.Select(m => m.Code).Concat(WordKeys).ToHashSet();
        var stale = TestCatalogue.Texts(language).Keys
            .Where(key => !said.Contains(key.EndsWith(Catalogue.FieldSuffix, StringComparison.Ordinal) ? key[..^Catalogue.FieldSuffix.Length] : key))
            .Where(key => !key.StartsWith("language.", StringComparison.Ordinal)).ToList();
        stale.ShouldBeEmpty($"Catalogue.{language}.resx words codes that Says never makes: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Words_for_a_forms_field_are_in_every_language_or_none()
    {
        var keys = TestCatalogue.Languages.Select(l => TestCatalogue.Texts(l).Keys.Where(k => k.EndsWith(Catalogue.FieldSuffix, StringComparison.Ordinal)).Order().ToList()).ToList();
        keys[1].ShouldBe(keys[0]);
        keys[2].ShouldBe(keys[0]);
    }

    [Theory, InlineData("fr"), InlineData("nl"), InlineData("en")]
    public void Each_text_names_only_arguments_its_code_gives(string language)
    {
        var wrong = Everything.SelectMany(m => new[] { (m.Code, Words: TestCatalogue.Say(m, language)), (m.Code, Words: TestCatalogue.SayBeside(m, language)) })
            .Where(w => Placeholder().IsMatch(w.Words)).Select(w => $"{w.Code}: {w.Words}").Distinct().ToList();
        wrong.ShouldBeEmpty(string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void A_refusal_reads_in_each_language_with_its_arguments_in_that_language()
    {
        var level = Says.LevelOutOfRange(1, 8);
        TestCatalogue.Say(level, "en").ShouldBe("must be a DigComp level from 1 to 8.");
        TestCatalogue.Say(level, "fr").ShouldBe("doit être un niveau DigComp de 1 à 8.");
        TestCatalogue.Say(level, "nl").ShouldBe("moet een DigComp-niveau van 1 tot 8 zijn.");

        var window = Says.DayPlanned(new DateOnly(2000, 1, 1), new DateOnly(2031, 12, 4));
        TestCatalogue.Say(window, "fr").ShouldBe("doit être un jour du 1er janvier 2000 au 4 décembre 2031.");
        TestCatalogue.Say(window, "nl").ShouldBe("moet een dag zijn van 1 januari 2000 tot 4 december 2031.");
        TestCatalogue.Say(Says.NotAChoice(["low", "normal", "high"]), "nl").ShouldBe("moet low, normal of high zijn, als naam (geen getal).");
        TestCatalogue.Say(Says.NotAChoice(["low", "normal", "high"]), "en").ShouldBe("must be low, normal or high, as a name (not a number).");
    }

    [Fact]
    public void A_pair_is_explained_with_the_peoples_names_and_the_skills_and_languages_in_the_readers_language()
    {
        Guid samira = Guid.NewGuid(), jean = Guid.NewGuid();
        var pair = new SuggestedPair(Guid.NewGuid(), jean, samira, "pay-bill-online", false, 109,
        [
            new NeedMetLine(100, 5, 1, ["ar"]), new AvailabilityLine(4, [new TimeSlot(DayOfWeek.Tuesday, DayPart.Morning)]),
            new PriorityLine(5, NeedPriority.Normal), new LoadLine(0, 0, 2),
        ]);
        var names = new Names(id => id == samira ? "Samira" : id == jean ? "Jean" : null);

        TestCatalogue.Say(pair.Explained(), "en", names).ShouldBe(
            "Samira can help Jean with pay a bill online: both speak Arabic, both free on Tuesday morning, " +
            "Samira is at level 5 in pay a bill online, Jean at 1, Samira has no other pairing.");
        TestCatalogue.Say(pair.Explained(), "fr", names).ShouldBe(
            "Samira peut aider Jean pour payer une facture en ligne : parlent tous deux arabe, libres tous deux le mardi matin, " +
            "Samira est au niveau 5 pour payer une facture en ligne, Jean au niveau 1, Samira n'a pas d'autre binôme.");
        TestCatalogue.Say(pair.Explained(), "nl", names).ShouldStartWith("Samira kan Jean helpen met ");
        TestCatalogue.Say(pair.Explained(), "nl", names).ShouldContain("spreken allebei Arabisch, allebei vrij op dinsdagvoormiddag");
    }

    [Fact]
    public void Someone_the_reader_cannot_name_is_a_participant_by_the_start_of_their_id()
    {
        var id = new Guid("0194f2a0-de01-7000-8000-000000000002");
        TestCatalogue.Say(Says.HelperFull(2), "en").ShouldBe("The helper already helps 2 people, their capacity.");
        TestCatalogue.Say(Says.NoOtherPairing(id), "fr").ShouldBe("participant·e 0194f2a0 n'a pas d'autre binôme");
    }

    [GeneratedRegex(@"\{[A-Za-z]+(:[a-z]+)?\}")]
    private static partial Regex Placeholder();
}
