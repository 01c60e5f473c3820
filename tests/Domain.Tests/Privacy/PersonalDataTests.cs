using System.Reflection;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.Participants;
using LivingLibrary.Domain.Privacy;

namespace LivingLibrary.Domain.Tests.Privacy;

public sealed class PersonalDataTests
{
    /// <summary>Every event: what an aggregate of the domain is created from or applies.</summary>
    private static readonly IReadOnlyList<Type> Events = [.. typeof(Decision).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.Name is "Create" or "Apply" && m.GetParameters().Length == 1)
        .Select(m => m.GetParameters()[0].ParameterType)
        .Where(t => t.IsClass && t.Namespace!.StartsWith("LivingLibrary", StringComparison.Ordinal)).Distinct()];

    /// <summary>The text fields of a type, as paths (<c>Details.Goal</c>, <c>Steps[]</c>), through its records and lists.</summary>
    private static IEnumerable<string> Texts(Type type, string prefix = "", int depth = 0)
    {
        if (depth > 5) yield break;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var element = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : null;
            var inner = element ?? t;
            var path = prefix + p.Name + (element is null ? "" : "[]");
            if (inner == typeof(string)) yield return path;
            else if (inner.IsClass && inner.Namespace?.StartsWith("LivingLibrary", StringComparison.Ordinal) == true)
                foreach (var nested in Texts(inner, path + ".", depth + 1)) yield return nested;
        }
    }

    private static IReadOnlyList<string> AllTexts() => [.. Events.SelectMany(e => Texts(e).Select(path => $"{e.Name}.{path}")).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_text_of_every_event_is_classified_personal_or_not_so_no_feature_can_forget_erasure()
    {
        Events.Count.ShouldBeGreaterThan(80);
        var unclassified = AllTexts().Where(f => !PersonalData.Personal.Contains(f) && !PersonalData.NotPersonal.ContainsKey(f)).ToList();

        unclassified.ShouldBeEmpty($"classify these in src/Domain/Privacy/PersonalData.cs: {string.Join(", ", unclassified)}");
    }

    [Fact]
    public void The_classification_names_only_fields_that_exist_and_each_once()
    {
        var all = AllTexts().ToHashSet();
        PersonalData.Personal.Where(f => !all.Contains(f)).ShouldBeEmpty();
        PersonalData.NotPersonal.Keys.Where(f => !all.Contains(f)).ShouldBeEmpty();
        PersonalData.Personal.Intersect(PersonalData.NotPersonal.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void Every_event_with_personal_data_has_a_mask()
    {
        var masked = PersonalData.Masks().Select(m => m.Event.Name).ToHashSet();
        PersonalData.Personal.Select(f => f.Split('.')[0]).Distinct().Where(e => !masked.Contains(e)).ShouldBeEmpty();
    }

    [Fact]
    public void A_mask_takes_the_persons_words_and_keeps_the_facts()
    {
        var enrolled = new ParticipantEnrolled(Guid.NewGuid(), Guid.NewGuid(), new PersonalDetails("Zélie", "zelie@example.org"), ["fr", "ar"], [],
            new Consent("notice-2026", new DateOnly(2026, 9, 1)));
        var masked = (ParticipantEnrolled)PersonalData.Mask(enrolled);
        masked.ShouldBe(enrolled with { Person = new PersonalDetails(PersonalData.Erased, null) });

        var visit = new DropInRequestRecorded(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 11, 18),
            new Visitor(Guid.NewGuid(), ["fr"], "Madame Z", "1080", "0470 00 00 00", null), new CaseDetails("Mon fils m'a volé mon code", "itsme", "login-and-identity", [], Urgency.Normal, null));
        var maskedVisit = (DropInRequestRecorded)PersonalData.Mask(visit);
        (maskedVisit.Visitor.Pseudonym, maskedVisit.Visitor.Contact, maskedVisit.Visitor.PostcodeArea, maskedVisit.Details.Goal).ShouldBe((null, null, null, PersonalData.Erased));
        (maskedVisit.Visitor.VisitorId, maskedVisit.Details.Service, maskedVisit.SessionOn).ShouldBe((visit.Visitor.VisitorId, "itsme", visit.SessionOn));

        var answers = new NamedAnswersRecorded(Guid.NewGuid(), Guid.NewGuid(), [new Answer("learned", 1, null, "J'ai appris"), new Answer("satisfaction-overall", 1, 4, null)], true, new DateOnly(2026, 11, 24));
        ((NamedAnswersRecorded)PersonalData.Mask(answers)).Answers.Select(a => (a.Text, a.Choice)).ShouldBe([(PersonalData.Erased, (int?)null), (null, 4)]);
        PersonalData.Mask(new SkillAssessed(Guid.NewGuid(), Guid.NewGuid(), "1.1", 3, AssessmentSource.ObservedByFacilitator, null, new DateOnly(2026, 9, 1), true))
            .ShouldBeOfType<SkillAssessed>().Level.ShouldBe(3);
    }

    [Fact]
    public void Free_texts_that_may_name_anyone_are_searched_on_erasure_but_codes_ids_and_a_persons_own_name_are_not()
    {
        PersonalData.MayName.ShouldBeSubsetOf(AllTexts());
        PersonalData.MayName.ShouldContain("KnowledgeEntryDrafted.Content.Situation");
        PersonalData.MayName.ShouldContain("ExchangeSessionHeld.Theme");
        PersonalData.MayName.ShouldContain("AdvocacyPointDrafted.Demand");
        PersonalData.MayName.ShouldContain("OrganisationQuestionAdded.Text.Fr");
        PersonalData.MayName.ShouldContain("CaseAccompanied.Accompaniment.Note");
        PersonalData.MayName.ShouldContain("AnonymousAnswersRecorded.Answers[].Text");
        PersonalData.MayName.ShouldContain("GroupClosed.Reason");
        PersonalData.MayName.ShouldNotContain("ParticipantEnrolled.Person.DisplayName");
        PersonalData.MayName.ShouldNotContain("CasePosted.Details.Service");
        PersonalData.MayName.ShouldNotContain("FacilitatorAssigned.DisplayName");
        PersonalData.Personal.Except(PersonalData.Identity).ShouldBeSubsetOf(PersonalData.MayName);
    }
}
