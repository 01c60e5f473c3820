namespace LivingLibrary.Api.Reports;

/// <summary>What an issued report carries on paper so that anyone can regenerate it and compare its SHA-256.</summary>
public sealed record IssuedStamp(Guid ReportId, string Sha256, DateOnly IssuedOn, int Rules)
{
    public static IssuedStamp Of(IssuedReport issued) => new(issued.Id, issued.Sha256, issued.IssuedOn, issued.Rules);
}
