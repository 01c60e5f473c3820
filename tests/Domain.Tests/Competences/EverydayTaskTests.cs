using LivingLibrary.Domain.Competences;

namespace LivingLibrary.Domain.Tests.Competences;

public sealed class EverydayTaskTests
{
    [Fact]
    public void The_catalogue_holds_at_least_30_tasks() =>
        EverydayTasks.All.Count.ShouldBeGreaterThanOrEqualTo(30);

    [Fact]
    public void Task_codes_are_unique_and_kebab_case()
    {
        EverydayTasks.All.Select(t => t.Code).ShouldBeUnique();
        foreach (var task in EverydayTasks.All)
            EverydayTasks.IsWellFormedCode(task.Code).ShouldBeTrue(task.Code);
    }

    [Theory]
    [InlineData("pay-bill-online", true)]
    [InlineData("step-2", true)]
    [InlineData("Pay-bill", false)]
    [InlineData("pay_bill", false)]
    [InlineData("pay--bill", false)]
    [InlineData("-pay", false)]
    [InlineData("pay-", false)]
    [InlineData("payer-la-facture-é", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Kebab_case_is_lower_case_words_joined_by_hyphens(string? code, bool wellFormed) =>
        EverydayTasks.IsWellFormedCode(code).ShouldBe(wellFormed);

    [Fact]
    public void Every_task_exercises_at_least_one_competence_and_only_known_ones()
    {
        foreach (var task in EverydayTasks.All)
        {
            task.CompetenceCodes.ShouldNotBeEmpty(task.Code);
            task.CompetenceCodes.ShouldBeUnique(task.Code);
            foreach (var code in task.CompetenceCodes)
                DigComp.IsCompetence(code).ShouldBeTrue($"{task.Code} names {code}");
        }
    }

    [Fact]
    public void Every_task_is_named_in_French_Dutch_and_English()
    {
        foreach (var task in EverydayTasks.All)
        {
            task.Name.Fr.ShouldNotBeNullOrWhiteSpace(task.Code);
            task.Name.Nl.ShouldNotBeNullOrWhiteSpace(task.Code);
            task.Name.En.ShouldNotBeNullOrWhiteSpace(task.Code);
        }
    }

    [Theory]
    [InlineData("pay-bill-online")]
    [InlineData("log-in-with-itsme")]
    [InlineData("send-email-with-attachment")]
    [InlineData("join-video-call")]
    [InlineData("recognise-phishing")]
    [InlineData("book-appointment-online")]
    [InlineData("send-meter-reading")]
    [InlineData("use-banking-app")]
    [InlineData("fill-online-form")]
    [InlineData("protect-phone-with-code")]
    public void The_tasks_participants_bring_most_often_are_there(string code)
    {
        EverydayTasks.IsTask(code).ShouldBeTrue();
        EverydayTasks.Find(code)!.Code.ShouldBe(code);
    }

    [Fact]
    public void An_unknown_code_is_not_a_task()
    {
        EverydayTasks.IsTask("fly-a-drone").ShouldBeFalse();
        EverydayTasks.Find("fly-a-drone").ShouldBeNull();
        EverydayTasks.Find(null).ShouldBeNull();
    }

    [Fact]
    public void Tasks_speak_the_way_beginners_do()
    {
        var phishing = EverydayTasks.Find("recognise-phishing")!;
        phishing.CompetenceCodes.ShouldBe(["1.2", "4.2"]);
        EverydayTasks.Find("pay-bill-online")!.Name.In("fr").ShouldBe("Payer une facture en ligne");
    }
}
