using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using JobScout.Core.Listings;

namespace JobScout.Infrastructure.Storage;

/// <summary>
/// Writes one listing inside a batch transaction: insert (noticing when another source already has the job),
/// refresh what is unchanged, or store a change under the next change sequence.
/// </summary>
internal sealed class ListingWriter(DbConnection connection, DbTransaction transaction, bool isExample, string now)
{
    public async Task<(UpsertCounts Counts, bool Added)> WriteAsync(NormalizedListing listing)
    {
        var json = ListingJson.Serialize(listing);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var existing = await connection.QuerySingleOrDefaultAsync<(long Id, string Hash, string Status, string Json)?>(
            "SELECT id, content_hash, status, listing_json FROM listings WHERE source = @Source AND source_id = @SourceId",
            new { listing.Source, listing.SourceId }, transaction);
        var applyKey = DuplicateKeys.ApplyKey(listing.ApplyUrl ?? listing.Url);
        var titleKey = DuplicateKeys.TitleKey(listing.Company, listing.Title);
        var postedAt = listing.PostedAt?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        if (existing is null)
        {
            var duplicateOf = await FindCanonicalAsync(listing, applyKey, titleKey);
            await connection.ExecuteAsync("""
                INSERT INTO listings (source, source_id, title, company, posted_at, listing_json, content_hash, is_example, status,
                                      first_seen_at, last_seen_at, change_seq, apply_key, title_key, duplicate_of)
                VALUES (@Source, @SourceId, @Title, @Company, @PostedAt, @Json, @Hash, @IsExample, 'open', @Now, @Now, @Seq,
                        @ApplyKey, @TitleKey, @DuplicateOf)
                """,
                new
                {
                    listing.Source,
                    listing.SourceId,
                    listing.Title,
                    listing.Company,
                    PostedAt = postedAt,
                    Json = json,
                    Hash = hash,
                    IsExample = DbFlag.Of(isExample),
                    Now = now,
                    Seq = await NextSequenceAsync(),
                    ApplyKey = applyKey,
                    TitleKey = titleKey,
                    DuplicateOf = duplicateOf,
                }, transaction);
            return duplicateOf is null ? (new UpsertCounts(1, 0, 0), true) : (new UpsertCounts(0, 0, 0, 1), false);
        }

        if (existing.Value.Hash == hash && existing.Value.Status == ListingStatus.Open)
        {
            await connection.ExecuteAsync("UPDATE listings SET last_seen_at = @Now, missed_runs = 0 WHERE id = @Id",
                new { Now = now, existing.Value.Id }, transaction);
            return (new UpsertCounts(0, 0, 1), false);
        }

        await connection.ExecuteAsync("""
            UPDATE listings SET title = @Title, company = @Company, posted_at = @PostedAt, listing_json = @Json, content_hash = @Hash,
                   status = 'open', last_seen_at = @Now, missed_runs = 0, change_seq = @Seq, apply_key = @ApplyKey, title_key = @TitleKey
            WHERE id = @Id
            """,
            new
            {
                listing.Title,
                listing.Company,
                PostedAt = postedAt,
                Json = json,
                Hash = hash,
                Now = now,
                Seq = await NextSequenceAsync(),
                ApplyKey = applyKey,
                TitleKey = titleKey,
                existing.Value.Id,
            }, transaction);
        // Keep the earlier pay, title and eligibility, so pages can say what changed and when.
        foreach (var (field, from, to) in ListingChanges.Between(ListingJson.Deserialize(existing.Value.Json), listing))
        {
            await connection.ExecuteAsync(
                "INSERT INTO listing_changes (listing_id, field, old_value, new_value, changed_at) VALUES (@id, @field, @from, @to, @now)",
                new { id = existing.Value.Id, field, from, to, now }, transaction);
        }

        return (new UpsertCounts(0, 1, 0), false);
    }

    public Task<long> NextSequenceAsync() =>
        connection.ExecuteScalarAsync<long>("UPDATE change_sequence SET value = value + 1 WHERE id = 1 RETURNING value", transaction: transaction);

    /// <summary>Another source's open listing for the same job: same apply URL, or same company and title with near-identical text.</summary>
    private async Task<long?> FindCanonicalAsync(NormalizedListing listing, string? applyKey, string titleKey)
    {
        if (applyKey is not null)
        {
            var byUrl = await connection.QueryFirstOrDefaultAsync<long?>(
                "SELECT id FROM listings WHERE apply_key = @applyKey AND source <> @Source AND status = 'open' AND duplicate_of IS NULL ORDER BY id LIMIT 1",
                new { applyKey, listing.Source }, transaction);
            if (byUrl is not null)
            {
                return byUrl;
            }
        }

        var candidates = await connection.QueryAsync<(long Id, string Json)>(
            "SELECT id, listing_json FROM listings WHERE title_key = @titleKey AND source <> @Source AND status = 'open' AND duplicate_of IS NULL ORDER BY id LIMIT 20",
            new { titleKey, listing.Source }, transaction);
        foreach (var (id, candidateJson) in candidates)
        {
            if (DuplicateKeys.TextLikeness(ListingJson.Deserialize(candidateJson).Description, listing.Description) >= DuplicateKeys.SameTextThreshold)
            {
                return id;
            }
        }

        return null;
    }
}
