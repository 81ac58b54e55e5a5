-- The workspace's people, one row per Slack user and workspace (an Enterprise Grid user shares one W… id across
-- workspaces, so the team is part of the key).
CREATE TABLE users (
    team_id      text        NOT NULL,
    id           text        NOT NULL,
    name         text        NOT NULL,
    real_name    text        NOT NULL,
    display_name text        NOT NULL,
    title        text        NOT NULL,
    tz           text,
    status_text  text        NOT NULL,
    status_emoji text        NOT NULL,
    avatar_url   text,
    is_bot       boolean     NOT NULL,
    deleted      boolean     NOT NULL,
    -- Slack's `updated` (epoch seconds): the clock that orders changes, whatever order they arrive in
    updated      bigint      NOT NULL,
    -- when a change was last applied here (our clock)
    synced_at    timestamptz NOT NULL,
    -- the last full sync whose users.list contained this user (users missing from a complete pass are deactivated)
    seen_in_pass bigint,
    -- what the directory sorts by and shows first: the real name, else the display name, else the handle
    sort_name    text GENERATED ALWAYS AS (lower(COALESCE(NULLIF(real_name, ''), NULLIF(display_name, ''), name)))
                 STORED,
    -- word-prefix search over names, title and status; 'simple' (no stemming, no stop words): these are names
    search       tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig,
                     name || ' ' || real_name || ' ' || display_name || ' ' || title || ' ' || status_text)) STORED,
    PRIMARY KEY (team_id, id)
);

-- the directory's default listing (active people) and the one with deactivated accounts (never bots), both read in
-- (sort_name, id) order a page at a time (keyset pagination: no OFFSET, no full scan)
CREATE INDEX users_active_by_name ON users (team_id, sort_name, id) WHERE NOT deleted AND NOT is_bot;
CREATE INDEX users_by_name ON users (team_id, sort_name, id) WHERE NOT is_bot;
CREATE INDEX users_search ON users USING gin (search);

-- Full syncs: one row per pass through users.list. A pass is requested (by the schedule, an operator, or the very
-- first start), then worked through one page per bgtasks run; its cursor commits with the page it follows, so a
-- pass cut off by a crash or a deploy resumes where it stopped.
CREATE TABLE sync_passes (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 'initial', 'schedule <due time>', 'operator <time>': unique, so a repeated request is a no-op
    reason         text        NOT NULL UNIQUE,
    requested_at   timestamptz NOT NULL DEFAULT now(),
    team_id        text,
    started_at     timestamptz,
    -- the users.list cursor of the next page; null before the first page
    next_cursor    text,
    pages          integer     NOT NULL DEFAULT 0,
    users_seen     integer     NOT NULL DEFAULT 0,
    users_changed  integer     NOT NULL DEFAULT 0,
    completed_at   timestamptz,
    marked_deleted integer
);

-- at most one pass is open: a request while one runs is served by it
CREATE UNIQUE INDEX sync_passes_one_open ON sync_passes ((true)) WHERE completed_at IS NULL;
