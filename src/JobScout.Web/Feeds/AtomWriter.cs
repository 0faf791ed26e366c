using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace JobScout.Web.Feeds;

/// <summary>Writes a syndication feed to the response as Atom 1.0.</summary>
public static class AtomWriter
{
    public static async Task WriteAsync(HttpResponse response, SyndicationFeed feed)
    {
        response.ContentType = "application/atom+xml; charset=utf-8";
        await using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body);
    }
}
