using JobScout.Infrastructure.Assessments;
using JobScout.Infrastructure.Configuration;
using JobScout.Tests.Support;

namespace JobScout.Tests.Assessments;

/// <summary>Pack files: malformed ones are refused naming the file and the item; the shipped ones are valid and complete.</summary>
public sealed class PackFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("""{ "id": "p", "title": "P", "version": 1, "description": "", "domain": "general", "passMark": 70, "timeLimitMinutes": 10, "items": [ { "id": "p-01", "type": "ranking", "prompt": "q", "instructions": "i", "trick": "none", "explanation": "e", "responses": [ { "id": "a", "text": "x" }, { "id": "b", "text": "y" }, { "id": "c", "text": "z" } ], "goldOrder": ["a", "b"] } ] }""",
        "broken.json: item p-01: goldOrder must list every response id once")]
    [InlineData("""{ "id": "p", "title": "P", "version": 1, "description": "", "domain": "general", "passMark": 70, "timeLimitMinutes": 10, "items": [ { "id": "p-02", "type": "rating", "prompt": "q", "instructions": "i", "trick": "sneaky", "explanation": "e", "response": "r", "dimensions": {} } ] }""",
        "broken.json: item p-02: trick \"sneaky\"")]
    [InlineData("""{ "id": "p", "title": "P", "version": 1, "description": "", "domain": "general", "passMark": 70, "timeLimitMinutes": 10, "items": [ { "id": "p-03", "type": "label", "prompt": "q", "instructions": "i", "trick": "none", "explanation": "e", "text": "t", "labelSet": "intent", "options": ["a", "b"], "accepted": ["c"] } ] }""",
        "broken.json: item p-03: accepted labels must be among the options")]
    [InlineData("""{ "id": "p", "items": [ { "id": "p-04", """, "broken.json: not valid pack JSON")]
    [InlineData("""{ "id": "p", "title": "P", "version": 1, "description": "", "domain": "general", "passMark": 70, "timeLimitMinutes": 10, "items": [ null ] }""",
        "broken.json: item #1: is empty (null)")]
    [InlineData("""{ "id": "p", "title": "P", "version": 1, "description": "", "domain": "general", "passMark": 70, "timeLimitMinutes": 10, "source": { "name": "S", "url": "javascript:alert(1)", "licence": "CC0" }, "items": [ ] }""",
        "source url \"javascript:alert(1)\" must be an http:// or https:// address")]
    [InlineData("""{ "id": "p", "title": "P", "version": 2147483647, "description": "", "domain": "general", "passMark": 70, "timeLimitMinutes": 10, "items": [ ] }""",
        "version must be between 1 and 1,000,000")]
    [InlineData("""{ "id": "p", "title": "P", "version": 1, "description": "", "domain": "general", "passMark": 70, "timeLimitMinutes": 10, "items": [ { "id": "p-05", "type": "essay", "prompt": "q", "instructions": "i", "trick": "none", "explanation": "e" } ] }""",
        "broken.json: item p-05: type \"essay\" is not one of")]
    public void A_malformed_pack_is_refused_naming_the_file_and_the_item(string json, string message)
    {
        var file = Path.Combine(_dir.Path, "broken.json");
        File.WriteAllText(file, json);

        var error = Assert.Throws<PackFormatException>(() => PackLibrary.Load(file));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_over_the_length_limit_is_refused_naming_the_item()
    {
        var file = Path.Combine(_dir.Path, "long.json");
        var prompt = new string('x', 20_001);
        File.WriteAllText(file, $$"""{ "id": "p", "title": "P", "version": 1, "description": "", "domain": "general", "passMark": 70, "timeLimitMinutes": 10, "items": [ { "id": "p-06", "type": "label", "prompt": "{{prompt}}", "instructions": "i", "trick": "none", "explanation": "e", "text": "t", "labelSet": "intent", "options": ["a", "b"], "accepted": ["a"] } ] }""");

        var error = Assert.Throws<PackFormatException>(() => PackLibrary.Load(file));

        Assert.Contains("item p-06: every text is at most 20,000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_packs_are_valid_original_and_cover_every_item_type_and_trick()
    {
        var packs = Directory.GetFiles(Path.Combine(DataPaths.ShippedData, "assessments"), "*.json").Select(PackLibrary.Load).ToList();

        Assert.True(packs.Count >= 8, $"{packs.Count} packs");
        Assert.True(packs.Sum(p => p.Items.Count) >= 80, $"{packs.Sum(p => p.Items.Count)} items");
        Assert.All(PackVocabulary.ItemTypes, type => Assert.Contains(packs.SelectMany(p => p.Items), i => i.Type == type));
        Assert.All(packs, pack =>
        {
            Assert.Null(pack.Source);
            Assert.Contains(pack.Items, i => i.Trick == "fluent-but-wrong");
            Assert.Contains(pack.Items, i => i.Trick == "partially-responsive");
            Assert.Contains(pack.Items, i => i.Trick == "unsupported-claims");
            Assert.Contains(pack.Items, i => i.Trick is "unsafe-advice" or "privacy-invasive");
        });
        Assert.Equal(packs.Count, packs.Select(p => p.Id).Distinct().Count());
    }

    public void Dispose() => _dir.Dispose();
}
