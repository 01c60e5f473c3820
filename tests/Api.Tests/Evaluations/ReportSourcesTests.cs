using System.Reflection;
using LivingLibrary.Api.Reports;
using LivingLibrary.Domain.Cases;
using LivingLibrary.Domain.Evaluations;
using LivingLibrary.Domain.ExchangeSessions;
using LivingLibrary.Domain.Groups;
using LivingLibrary.Domain.Loans;
using LivingLibrary.Domain.Pairings;
using LivingLibrary.Domain.Participants;

namespace LivingLibrary.Api.Tests.Evaluations;

public sealed class ReportSourcesTests
{
    /// <summary>An event of these aggregates that the report did not read would silently leave its figures behind.</summary>
    [Theory]
    [InlineData(typeof(Group)), InlineData(typeof(Participant)), InlineData(typeof(Pairing)), InlineData(typeof(ProblemCase)),
     InlineData(typeof(ExchangeSession)), InlineData(typeof(Campaign)), InlineData(typeof(Device))]
    public void The_report_reads_every_event_that_its_aggregates_fold(Type aggregate)
    {
        var folded = aggregate.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name is "Create" or "Apply" && m.GetParameters().Length == 1)
            .Select(m => m.GetParameters()[0].ParameterType).ToList();

        folded.ShouldNotBeEmpty();
        folded.ShouldAllBe(type => ReportSourcesReader.EventTypes.Contains(type));
    }
}
