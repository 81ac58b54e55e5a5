-- Cravack's data: who connected which Strava athlete, their tokens (encrypted), and the Slack posts of activities.

-- One row per connected athlete. A Slack user connects at most one athlete, and an athlete belongs to one Slack user
-- (connecting again from another Slack account moves it).
CREATE TABLE athletes (
    athlete_id     BIGINT PRIMARY KEY,
    slack_user_id  TEXT NOT NULL UNIQUE,
    athlete_name   TEXT NOT NULL,
    -- AES-256-GCM under CRAVACK_TOKEN_KEY: version, nonce, ciphertext and tag (TokenCipher); never the token itself
    access_token   BYTEA NOT NULL,
    refresh_token  BYTEA NOT NULL,
    expires_at     TIMESTAMPTZ NOT NULL,
    scope          TEXT NOT NULL,
    connected_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    refreshed_at   TIMESTAMPTZ
);

-- The message each activity was posted as, so an edit updates it and a deletion removes it. Kept when the athlete
-- disconnects: the post stays in Slack.
CREATE TABLE activity_posts (
    activity_id  BIGINT PRIMARY KEY,
    athlete_id   BIGINT NOT NULL,
    channel_id   TEXT NOT NULL,
    message_ts   TEXT NOT NULL,
    posted_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
