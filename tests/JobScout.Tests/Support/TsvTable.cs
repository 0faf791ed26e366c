namespace JobScout.Tests.Support;

/// <summary>Rows of a tab-separated fixture with a header line, as xunit theory data.</summary>
public static class TsvTable
{
    public static TheoryData<Dictionary<string, string>> Read(string fixture)
    {
        var lines = File.ReadAllLines(Paths.Fixture(fixture)).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        var data = new TheoryData<Dictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            data.Add(header.Select((name, i) => (name, value: i < cells.Length ? cells[i].Trim() : "")).ToDictionary(c => c.name, c => c.value));
        }

        return data;
    }
}
