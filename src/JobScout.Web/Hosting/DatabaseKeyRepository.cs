using System.Xml.Linq;
using Dapper;
using JobScout.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace JobScout.Web.Hosting;

/// <summary>
/// Data-protection keys (sign-in cookies, anti-forgery tokens) in the shared database, so a visitor signed in on one
/// node stays signed in on every other.
/// </summary>
public sealed class DatabaseKeyRepository(DbConnectionFactory connections, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = connections.OpenAsync().GetAwaiter().GetResult();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at").Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = connections.OpenAsync().GetAwaiter().GetResult();
        connection.Execute(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@friendlyName, @xml, @now) ON CONFLICT (name) DO NOTHING",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), now = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
    }
}
