using System.Text;
using Lucene.Net.Search.Highlight;

namespace JobScout.Infrastructure.Search;

/// <summary>Encodes only what HTML needs (&amp; &lt; &gt; &quot; &#39;), leaving other characters readable.</summary>
internal sealed class MarkupEncoder : IEncoder
{
    public string EncodeText(string originalText)
    {
        var builder = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
