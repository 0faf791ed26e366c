namespace JobScout.Infrastructure.Storage.Migrations;

/// <summary>
/// The schema's steps, written once in SQLite's spelling; <see cref="Dialects.SqlDialect.Translate"/> gives them to other engines.
/// </summary>
public static class SchemaMigrations
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
        new(4, "accounts, saved searches and alerts, application tracker, coaching", """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                email TEXT NOT NULL COLLATE NOCASE UNIQUE,
                display_name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL DEFAULT 'seeker',
                email_alerts INTEGER NOT NULL DEFAULT 1,
                failed_sign_ins INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT NULL,
                security_stamp TEXT NOT NULL,
                created_at TEXT NOT NULL
            );

            CREATE TABLE password_resets (
                token_hash TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                expires_at TEXT NOT NULL,
                used_at TEXT NULL
            );

            CREATE TABLE collections (
                id INTEGER PRIMARY KEY,
                coach_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            );
            CREATE INDEX ix_collections_coach ON collections (coach_id);

            CREATE TABLE saved_searches (
                id INTEGER PRIMARY KEY,
                owner_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                collection_id INTEGER NULL REFERENCES collections (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                query TEXT NOT NULL,
                frequency TEXT NOT NULL,
                feed_token TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                checked_at TEXT NULL
            );
            CREATE INDEX ix_saved_searches_owner ON saved_searches (owner_id);
            CREATE INDEX ix_saved_searches_collection ON saved_searches (collection_id);

            CREATE TABLE alerts (
                id INTEGER PRIMARY KEY,
                saved_search_id INTEGER NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
                user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                listing_id INTEGER NOT NULL REFERENCES listings (id),
                created_at TEXT NOT NULL,
                read_at TEXT NULL,
                UNIQUE (saved_search_id, user_id, listing_id)
            );
            CREATE INDEX ix_alerts_user ON alerts (user_id, id DESC);

            CREATE TABLE applications (
                id INTEGER PRIMARY KEY,
                owner_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                listing_id INTEGER NOT NULL REFERENCES listings (id),
                status TEXT NOT NULL,
                notes TEXT NOT NULL DEFAULT '',
                next_step TEXT NOT NULL DEFAULT '',
                next_step_on TEXT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (owner_id, listing_id)
            );

            CREATE TABLE application_events (
                id INTEGER PRIMARY KEY,
                application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX ix_application_events_application ON application_events (application_id, id);

            CREATE TABLE coach_links (
                id INTEGER PRIMARY KEY,
                coach_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                client_id INTEGER NULL REFERENCES users (id) ON DELETE CASCADE,
                invite_token_hash TEXT NOT NULL UNIQUE,
                invitee TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                accepted_at TEXT NULL,
                ended_at TEXT NULL,
                share_searches INTEGER NOT NULL DEFAULT 0,
                share_tracker INTEGER NOT NULL DEFAULT 0,
                share_assessments INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX ix_coach_links_coach ON coach_links (coach_id);
            CREATE INDEX ix_coach_links_client ON coach_links (client_id);

            CREATE TABLE collection_listings (
                collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
                listing_id INTEGER NOT NULL REFERENCES listings (id),
                note TEXT NOT NULL DEFAULT '',
                pinned_at TEXT NOT NULL,
                PRIMARY KEY (collection_id, listing_id)
            );

            CREATE TABLE collection_shares (
                collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
                client_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                shared_at TEXT NOT NULL,
                PRIMARY KEY (collection_id, client_id)
            );
            """),
        new(5, "practice attempts, answers and disputed items", """
            CREATE TABLE practice_attempts (
                id INTEGER PRIMARY KEY,
                token TEXT NOT NULL UNIQUE,
                user_id INTEGER NULL REFERENCES users (id) ON DELETE CASCADE,
                pack_id TEXT NOT NULL,
                pack_version INTEGER NOT NULL,
                mode TEXT NOT NULL,
                started_at TEXT NOT NULL,
                deadline_at TEXT NULL,
                finished_at TEXT NULL,
                percent REAL NULL,
                passed INTEGER NULL
            );
            CREATE INDEX ix_practice_attempts_user ON practice_attempts (user_id, id DESC);

            CREATE TABLE practice_answers (
                attempt_id INTEGER NOT NULL REFERENCES practice_attempts (id) ON DELETE CASCADE,
                item_id TEXT NOT NULL,
                answer_json TEXT NOT NULL,
                result_json TEXT NOT NULL,
                points REAL NOT NULL,
                answered_at TEXT NOT NULL,
                PRIMARY KEY (attempt_id, item_id)
            );

            CREATE TABLE practice_flags (
                id INTEGER PRIMARY KEY,
                pack_id TEXT NOT NULL,
                pack_version INTEGER NOT NULL,
                item_id TEXT NOT NULL,
                user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
                note TEXT NOT NULL,
                created_at TEXT NOT NULL,
                resolved_at TEXT NULL,
                resolved_by INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
                resolution TEXT NULL
            );
            """),
        new(6, "practice packs assigned by coaches", """
            CREATE TABLE practice_assignments (
                id INTEGER PRIMARY KEY,
                coach_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                client_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                pack_id TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                assigned_at TEXT NOT NULL
            );
            CREATE INDEX ix_practice_assignments_client ON practice_assignments (client_id, id DESC);
            """),
        new(7, "listing history: earlier pay, title and eligibility", """
            CREATE TABLE listing_changes (
                id INTEGER PRIMARY KEY,
                listing_id INTEGER NOT NULL REFERENCES listings (id),
                field TEXT NOT NULL,
                old_value TEXT NOT NULL,
                new_value TEXT NOT NULL,
                changed_at TEXT NOT NULL
            );
            CREATE INDEX ix_listing_changes_listing ON listing_changes (listing_id, id);
            CREATE INDEX ix_listing_changes_changed_at ON listing_changes (changed_at);
            """),
        new(8, "which node ran each crawl, for which firing; data-protection keys shared by the nodes", """
            ALTER TABLE crawl_runs ADD COLUMN node TEXT NULL;
            ALTER TABLE crawl_runs ADD COLUMN scheduled_for TEXT NULL;
            CREATE INDEX ix_crawl_runs_running ON crawl_runs (status, source_id);

            CREATE TABLE data_protection_keys (
                name TEXT PRIMARY KEY,
                xml TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            """),
        new(9, "a running crawl's progress, so every node's sources page can show it", """
            ALTER TABLE crawl_runs ADD COLUMN progress TEXT NULL;
            """),
    ];
}
