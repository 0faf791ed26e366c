using System.Text.Json;
using JobScout.Core.Classification;
using JobScout.Tests.Support;

namespace JobScout.Tests.Classification;

/// <summary>
/// Taxonomy patterns run without a timeout, so none may backtrack catastrophically: no repeated group may itself hold a
/// repeat ("(a+)+", "(\w+ )*"), the shape behind exponential matching.
/// </summary>
public sealed class TaxonomyPatternSafetyTests
{
    [Fact]
    public void No_taxonomy_pattern_repeats_a_group_that_holds_a_repeat()
    {
        var patterns = Strings(JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "data", "taxonomy.json"))).RootElement)
            .Where(s => s.Contains('\\', StringComparison.Ordinal) || s.Contains('(', StringComparison.Ordinal))
            .ToList();

        Assert.True(patterns.Count > 300, $"only {patterns.Count} patterns found");
        Assert.DoesNotContain(patterns, NestsUnboundedRepeats);
    }

    [Fact]
    public void A_huge_hostile_description_is_classified_without_error()
    {
        var hostile = string.Concat(Enumerable.Repeat("ai ai ai trainer evaluat annotat $1,000,000,000,000 per per per ", 20_000));

        var classification = ListingClassifier.Default.Classify("AI Trainer " + hostile[..5_000], hostile, "Acme", pay: null);

        Assert.True(classification.Relevant);
    }

    private static bool NestsUnboundedRepeats(string pattern)
    {
        var opens = new Stack<int>();
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    opens.Push(i);
                    break;
                case ')' when opens.Count > 0:
                    var start = opens.Pop();
                    var next = i + 1 < pattern.Length ? pattern[i + 1] : '\0';
                    var unbounded = next is '*' or '+' || (next == '{' && pattern.IndexOf(",}", i, StringComparison.Ordinal) is var comma && comma > i && comma < pattern.IndexOf('}', i));
                    if (unbounded && HasRepeat(pattern[(start + 1)..i]))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool HasRepeat(string inner)
    {
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\')
            {
                i++;
            }
            else if (inner[i] is '*' or '+')
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
