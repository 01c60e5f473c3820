using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// The local token issuer. It exists only in Development (it is neither registered nor mapped
/// elsewhere). Its key comes from Auth:DevelopmentSigningKey (./run.sh keeps one in .data/), or is
/// made at start-up, in which case tokens last as long as the process.
/// </summary>
public sealed class DevelopmentTokens(IConfiguration configuration)
{
    public const string Issuer = "livinglibrary-dev";

    public SymmetricSecurityKey SigningKey { get; } = new(
        configuration["Auth:DevelopmentSigningKey"] is { Length: >= 32 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : RandomNumberGenerator.GetBytes(32));

    public string Issue(string userId, string organisationId, string role, TimeSpan lifetime) =>
        Issue(lifetime, new Claim(Security.UserIdClaim, userId), new Claim(Security.OrganisationClaim, organisationId), new Claim(Security.RoleClaim, role));

    /// <summary>A network coordinator's token: a network, no organisation.</summary>
    public string IssueForNetwork(string userId, Guid networkId, TimeSpan lifetime) =>
        Issue(lifetime, new Claim(Security.UserIdClaim, userId), new Claim(Security.NetworkClaim, networkId.ToString("D")),
            new Claim(Security.RoleClaim, Security.NetworkCoordinatorRole));

    /// <summary>A participant's token: they act for themself, as <see cref="Domain.Caller.ParticipantUser"/> (docs/adr/0026).</summary>
    public string IssueForParticipant(Guid participantId, string organisationId, TimeSpan lifetime) =>
        Issue(lifetime, new Claim(Security.UserIdClaim, Domain.Caller.ParticipantUser(participantId)), new Claim(Security.OrganisationClaim, organisationId),
            new Claim(Security.RoleClaim, Security.ParticipantRole), new Claim(Security.ParticipantClaim, participantId.ToString("D")));

    private string Issue(TimeSpan lifetime, params Claim[] claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Security.Audience,
            Expires = DateTime.UtcNow.Add(lifetime),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
}
