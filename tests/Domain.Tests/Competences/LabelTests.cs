using LivingLibrary.Domain.Competences;

namespace LivingLibrary.Domain.Tests.Competences;

public sealed class LabelTests
{
    private static readonly Label Bill = new("Payer une facture", "Een factuur betalen", "Pay a bill");

    [Theory]
    [InlineData("fr", "Payer une facture")]
    [InlineData("nl", "Een factuur betalen")]
    [InlineData("en", "Pay a bill")]
    [InlineData("nl-BE", "Een factuur betalen")]
    [InlineData("fr-BE", "Payer une facture")]
    [InlineData("EN", "Pay a bill")]
    public void A_label_is_read_in_the_language_asked(string language, string expected) =>
        Bill.In(language).ShouldBe(expected);

    [Theory]
    [InlineData("ar")]
    [InlineData("de")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_language_falls_back_to_French(string? language) =>
        Bill.In(language).ShouldBe("Payer une facture");

    [Fact]
    public void A_missing_translation_falls_back_to_French_then_Dutch_then_English()
    {
        new Label("Relevé du compteur", "", " ").In("nl").ShouldBe("Relevé du compteur");
        new Label("", "Meterstand", "Meter reading").In("fr").ShouldBe("Meterstand");
        new Label("", "", "Meter reading").In("nl").ShouldBe("Meter reading");
    }
}
