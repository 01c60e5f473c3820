using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Evaluations;
using LivingLibrary.Api.Pairings;
using LivingLibrary.Api.Participants;

namespace LivingLibrary.Api.ConsolePages.Pages.Corrections;

/// <summary>
/// The page a weighty action asks on (docs/adr/0015): GET says what will happen to what, POST sends the API's command
/// (docs/adr/0022) and goes back to the page it came from. Closing or reopening an evaluation, ending a pairing,
/// withdrawing an offer or a need, and voiding a session, an accompaniment, a case or named answers.
/// </summary>
public sealed class ConfirmModel : ConsolePage
{
    public Weighty What { get; private set; }

    /// <summary>What the action is about, in a few words (a day, a skill, a name).</summary>
    public string Subject { get; private set; } = "";

    /// <summary>The page the action came from, where it goes back to.</summary>
    public string Back { get; private set; } = "";

    public bool Voids => What is Weighty.VoidSession or Weighty.VoidAccompaniment or Weighty.VoidCase or Weighty.VoidAnswers;

    private string path = "";
    private HttpMethod method = HttpMethod.Post;

    private async Task<IActionResult?> LoadAsync(string what, Guid id, Guid? part, string? skill)
    {
        if (!Enum.TryParse<Weighty>(what.Replace("-", ""), ignoreCase: true, out var weighty) || !Enum.IsDefined(weighty) || what.Any(char.IsUpper))
            return NotFound();
        What = weighty;
        await LoadSkillsAsync();
        switch (What)
        {
            case Weighty.CloseCampaign or Weighty.ReopenCampaign or Weighty.VoidAnswers:
                var campaign = await Query.LoadAsync<Campaign>(id);
                if (Refused(await Query.MayActOnAsync(campaign, User)) is { } noCampaign) return noCampaign;
                var group = await Query.LoadAsync<Group>(campaign!.GroupId);
                Subject = $"{T(CampaignsModel.KindName(campaign.Kind))} — {group?.Name}, {Date(campaign.OpensOn)} – {Date(campaign.ClosesOn)}";
                Back = $"/console/campaigns/{id}";
                path = $"/api/campaigns/{id}/{(What == Weighty.CloseCampaign ? "close" : "reopen")}";
                if (What == Weighty.VoidAnswers)
                {
                    if (part is not { } person || campaign.HasAnswersOf(person) is not null) return NotFound();
                    Subject = $"{(await Query.LoadAsync<Participant>(person))?.Person.DisplayName} — {Subject}";
                    path = $"/api/campaigns/{id}/answers/{person}/void";
                }
                return null;
            case Weighty.EndPairing or Weighty.VoidSession:
                if (await Query.LoadAsync<Pairing>(id) is not { } pairing) return NotFound();
                if (Refused(await Query.MayActOnAsync(pairing, User)) is { } noPairing) return noPairing;
                var people = await Query.PeopleAsync([pairing]);
                Subject = T(Words.PairingTitle(people.GetValueOrDefault(pairing.HelperId)?.Person.DisplayName ?? "",
                    people.GetValueOrDefault(pairing.LearnerId)?.Person.DisplayName ?? "", SkillName(pairing.Skill)));
                Back = $"/console/pairings/{id}";
                path = $"/api/pairings/{id}/end";
                if (What == Weighty.VoidSession)
                {
                    if (pairing.Sessions.FirstOrDefault(s => s.Id == part) is not { } session) return NotFound();
                    Subject = $"{Date(session.HeldOn)}, {session.DurationMinutes} min — {Subject}";
                    path = $"/api/pairings/{id}/sessions/{part}/void";
                }
                return null;
            case Weighty.VoidCase or Weighty.VoidAccompaniment:
                if (await Query.LoadAsync<ProblemCase>(id) is not { } problem) return NotFound();
                if (Refused(await Query.MayActOnAsync(problem, User)) is { } noCase) return noCase;
                Subject = $"{SkillOrService(problem)}, {Date(problem.PostedOn)}";
                Back = $"/console/cases/{id}";
                path = $"/api/cases/{id}/void";
                if (What == Weighty.VoidAccompaniment)
                {
                    if (problem.Accompaniments.FirstOrDefault(a => a.AccompanimentId == part) is not { } accompaniment) return NotFound();
                    Subject = $"{Date(accompaniment.On)}, {accompaniment.Minutes} min — {Subject}";
                    path = $"/api/cases/{id}/accompaniments/{part}/void";
                }
                return null;
            default:
                if (await Query.LoadAsync<Participant>(id) is not { } participant) return NotFound();
                if (Refused(await Query.MayActOnAsync(participant, User)) is { } noParticipant) return noParticipant;
                Back = $"/console/participants/{id}";
                method = HttpMethod.Delete;
                if (What == Weighty.WithdrawOffer)
                {
                    if (participant.Offers.FirstOrDefault(o => o.Skill == skill) is not { } offer) return NotFound();
                    Subject = $"{SkillName(offer.Skill)} — {participant.Person.DisplayName}";
                    path = $"/api/participants/{id}/offers/{Uri.EscapeDataString(offer.Skill)}";
                }
                else
                {
                    if (participant.Needs.FirstOrDefault(n => n.NeedId == part) is not { } need) return NotFound();
                    Subject = $"{SkillName(need.Skill)} — {participant.Person.DisplayName}";
                    path = $"/api/participants/{id}/needs/{need.NeedId}";
                }
                return null;
        }
    }

    private string SkillOrService(ProblemCase problem) => problem.Details.Skills.Count > 0 ? SkillName(problem.Details.Skills[0]) : problem.Details.Service;

    public async Task<IActionResult> OnGetAsync(string what, Guid id, Guid? part, string? skill) =>
        await LoadAsync(what, id, part, skill) ?? Page();

    public async Task<IActionResult> OnPostAsync(string what, Guid id, Guid? part, string? skill)
    {
        if (await LoadAsync(what, id, part, skill) is { } missing) return missing;
        object? command = What switch
        {
            Weighty.ReopenCampaign => new ReopenCampaign(Request.Date("closesOn")),
            Weighty.EndPairing => new EndPairing(Request.Choice<PairingOutcome>("outcome"), Request.Text("reason"), Request.Text("learnerFeedback"),
                Request.Text("helperFeedback")),
            Weighty.VoidSession => new VoidHelpSession(Request.Choice<CorrectionReason>("reason"), Request.Text("explanation")),
            Weighty.VoidAccompaniment => new VoidAccompaniment(Request.Choice<CorrectionReason>("reason"), Request.Text("explanation")),
            Weighty.VoidCase => new VoidCase(Request.Choice<CorrectionReason>("reason"), Request.Text("explanation")),
            Weighty.VoidAnswers => new VoidNamedAnswers(Request.Choice<CorrectionReason>("reason"), Request.Text("explanation")),
            _ => null,
        };
        return await SendAsync(method, path, command, _ => $"{Back}?saved=true#message");
    }
}
