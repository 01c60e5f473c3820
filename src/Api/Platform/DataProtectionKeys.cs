using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace LivingLibrary.Api.Platform;

/// <summary>One data-protection key (it signs the console's cookies and antiforgery tokens), as ASP.NET writes it.</summary>
public sealed record DataProtectionKey(string Id, string Xml);

/// <summary>
/// The keys live in PostgreSQL beside the events, so that a console sign-in survives the API's restart or a new container,
/// and works on every node. Written here rather than through the EF Core store: that would bring EF Core for one table.
/// </summary>
public static class DataProtectionKeys
{
    public static void AddDataProtectionKeys(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.Schema.For<DataProtectionKey>().SingleTenanted());
        builder.Services.AddDataProtection().SetApplicationName("LivingLibrary");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new KeysInPostgres(services.GetRequiredService<IDocumentStore>())));
    }

    /// <remarks>ASP.NET calls it synchronously (hence the waits on Marten, which is async only), rarely: at start, and when a key is made (every 90 days).</remarks>
    private sealed class KeysInPostgres(IDocumentStore store) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var session = store.QuerySession();
            return session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult().Select(key => XElement.Parse(key.Xml)).ToList();
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var session = store.LightweightSession();
            session.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
            session.SaveChangesAsync().GetAwaiter().GetResult();
        }
    }
}
