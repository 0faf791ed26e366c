namespace JobScout.Infrastructure.Configuration;

/// <summary>How this process takes part when several share a PostgreSQL database (Quartz runs clustered there).</summary>
public sealed class ClusterOptions
{
    /// <summary>This node's name, unique in the cluster (Quartz's instance id, and who ran each crawl). Empty: the machine name.</summary>
    public string? NodeName { get; set; }

    /// <summary>How often a node tells the others it is alive.</summary>
    public double CheckinIntervalSeconds { get; set; } = 5;

    /// <summary>How long past a missed check-in the others wait before taking over a node's running crawls.</summary>
    public double CheckinMisfireThresholdSeconds { get; set; } = 10;

    public string EffectiveNodeName => string.IsNullOrWhiteSpace(NodeName) ? Environment.MachineName : NodeName.Trim();
}
