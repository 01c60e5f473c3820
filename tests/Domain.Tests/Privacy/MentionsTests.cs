using LivingLibrary.Domain.Privacy;

namespace LivingLibrary.Domain.Tests.Privacy;

public sealed class MentionsTests
{
    private static readonly KnownAs Zelie = new(["Zélie Martin", "Zélie Quennehen"], ["zelie.quennehen@example.org", "0470 12 34 56"]);

    private static Mentions Of(KnownAs person, params string[] others) => Mentions.Of("org-a", person, others, byFirstName: true);

    [Theory]
    [InlineData("Rappeler Zélie Quennehen jeudi", "Rappeler [erased] jeudi")]
    [InlineData("rappeler ZELIE  MARTIN, jeudi", "rappeler [erased], jeudi")]
    [InlineData("Zelie a écrit à zelie.quennehen@example.org", "[erased] a écrit à [erased]")]
    [InlineData("Son numéro: 0470123456 ou 0470/12.34.56", "Son numéro: [erased] ou [erased]")]
    [InlineData("Zéliette et Martine sont venues", "Zéliette et Martine sont venues")]
    [InlineData("", "")]
    public void Every_name_she_had_her_contacts_and_her_first_name_alone_are_masked_whatever_the_case_and_accents(string text, string masked) =>
        Of(Zelie, "Samira", "Jean Dupont").Mask(text).ShouldBe(masked);

    [Fact]
    public void A_first_name_someone_else_of_the_organisation_has_is_not_masked_alone_nor_a_visitors_first_word()
    {
        Of(Zelie, "Zelie Dupont").Mask("Zélie et Zélie Martin").ShouldBe("Zélie et [erased]");
        Mentions.Of("org-a", new KnownAs(["Madame Vandercappellen"], []), [], byFirstName: false).Mask("Madame Vandercappellen et Madame Dubois")
            .ShouldBe("[erased] et Madame Dubois");
    }

    [Fact]
    public void The_hashes_alone_mask_as_the_names_do_but_say_neither_the_names_nor_narrow_a_search()
    {
        var named = Of(Zelie);
        var hashed = Mentions.FromHashes("org-a", named.Hashes);

        hashed.Mask("Zélie Martin a appelé Zelie").ShouldBe(named.Mask("Zélie Martin a appelé Zelie"));
        named.FirstWords.ShouldBe(["zelie", "0470", "0470123456"], ignoreOrder: true);
        hashed.FirstWords.ShouldBeEmpty();
        named.With(hashed).FirstWords.ShouldNotBeEmpty("every form is known in clear");
        string.Concat(named.Hashes).ShouldNotContain("zelie", Case.Insensitive);
        Mentions.FromHashes("org-b", named.Hashes).Mask("Zélie Martin").ShouldBe("Zélie Martin", "hashes are salted with the organisation");
    }

    [Fact]
    public void An_erased_name_and_a_single_letter_are_no_form()
    {
        Of(new KnownAs([PersonalData.Erased, "Z"], [])).IsEmpty.ShouldBeTrue();
        Of(new KnownAs(["Zélie"], [])).In("Bonjour\nZÉLIE!").ShouldBeTrue();
    }
}
