using LivingLibrary.Api.Tests.Support;

namespace LivingLibrary.Api.Tests.Contract;

/// <summary>
/// The other half of ReplayedAnswersTests' replayed flows (cases, evaluations, loans, networks), every answer checked
/// against the document: on a host of its own, so that both halves run at once.
/// </summary>
[Collection(ReplayCollection.Name)]
public sealed class ReplayedServiceAnswersTests : ApiTest
{
    private readonly ApiFixture _fixture;

    public ReplayedServiceAnswersTests(ApiFixture fixture) : base(fixture) => _fixture = fixture;

    public static TheoryData<string> Flows =>
    [
        "CaseLifecycleTests", "DropInTests", "KnowledgeTests", "ExchangeSessionTests", "ReferralTests",
        "CampaignTests", "ReportTests", "LoanTests", "NetworkTests", "AdvocacyTests", "ObservatoryTests",
    ];

    [Theory, MemberData(nameof(Flows))]
    public Task Every_answer_of_a_replayed_flow_is_what_the_document_promises(string flow) => ReplayedAnswersTests.ReplayAsync(_fixture, flow);
}
