namespace JobScout.Infrastructure.Storage.Migrations;

public static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "listings and change sequence", """
            CREATE TABLE change_sequence (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                value INTEGER NOT NULL
            );
            INSERT INTO change_sequence (id, value) VALUES (1, 0);

            CREATE TABLE listings (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                source_id TEXT NOT NULL,
                title TEXT NOT NULL,
                company TEXT NOT NULL,
                posted_at TEXT NULL,
                listing_json TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                is_example INTEGER NOT NULL DEFAULT 0,
                status TEXT NOT NULL DEFAULT 'open',
                first_seen_at TEXT NOT NULL,
                last_seen_at TEXT NOT NULL,
                change_seq INTEGER NOT NULL,
                UNIQUE (source, source_id)
            );
            CREATE UNIQUE INDEX ix_listings_change_seq ON listings (change_seq);
            CREATE INDEX ix_listings_newest ON listings (status, posted_at DESC);
            """),
        new(2, "crawl runs", """
            CREATE TABLE crawl_runs (
                id INTEGER PRIMARY KEY,
                source_id TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT NULL,
                status TEXT NOT NULL,
                fetched INTEGER NOT NULL DEFAULT 0,
                new_count INTEGER NOT NULL DEFAULT 0,
                updated_count INTEGER NOT NULL DEFAULT 0,
                unchanged_count INTEGER NOT NULL DEFAULT 0,
                skipped_count INTEGER NOT NULL DEFAULT 0,
                error TEXT NULL
            );
            CREATE INDEX ix_crawl_runs_source ON crawl_runs (source_id, id DESC);
            """),
        new(3, "listing lifecycle, duplicates, conditional GET, search-term yield", """
            ALTER TABLE listings ADD COLUMN missed_runs INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE listings ADD COLUMN duplicate_of INTEGER NULL REFERENCES listings (id);
            ALTER TABLE listings ADD COLUMN apply_key TEXT NULL;
            ALTER TABLE listings ADD COLUMN title_key TEXT NULL;
            CREATE INDEX ix_listings_apply_key ON listings (apply_key);
            CREATE INDEX ix_listings_title_key ON listings (title_key);
            CREATE INDEX ix_listings_duplicate_of ON listings (duplicate_of);

            ALTER TABLE crawl_runs ADD COLUMN closed_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE crawl_runs ADD COLUMN trigger_kind TEXT NOT NULL DEFAULT 'schedule';

            CREATE TABLE http_validators (
                url TEXT PRIMARY KEY,
                etag TEXT NULL,
                last_modified TEXT NULL,
                updated_at TEXT NOT NULL
            );

            CREATE TABLE search_term_runs (
                id INTEGER PRIMARY KEY,
                source_id TEXT NOT NULL,
                term TEXT NOT NULL,
                run_id INTEGER NULL,
                tried_at TEXT NOT NULL,
                fetched INTEGER NOT NULL,
                relevant_new INTEGER NOT NULL
            );
            CREATE INDEX ix_search_term_runs_source ON search_term_runs (source_id, tried_at);
            """),
    ];
}
