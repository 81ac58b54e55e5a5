-- Open-source contributions as people submit them, and what the managers decided.
CREATE TABLE contributions (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the modal submission's trigger id: a redelivered submission finds its row instead of adding one
    submission_key TEXT        NOT NULL UNIQUE,
    submitter_id   TEXT        NOT NULL,
    -- resolved with users.info when submitted, so reports need no Slack calls
    submitter_name TEXT        NOT NULL,
    description    TEXT        NOT NULL,
    url            TEXT        NOT NULL,
    size           TEXT        NOT NULL CHECK (size IN ('S', 'M', 'L')),
    -- YYYY-MM: the month the work was done, which reports group by
    month          TEXT        NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    status         TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at     TIMESTAMPTZ NOT NULL,
    decided_by     TEXT,
    decided_at     TIMESTAMPTZ,
    -- the click that decided: its redelivery carries on with the follow-ups instead of reading "already decided"
    decided_event  TEXT,
    -- the managers' card, once posted
    card_channel   TEXT,
    card_ts        TEXT,
    CHECK ((status = 'PENDING') = (decided_by IS NULL AND decided_at IS NULL AND decided_event IS NULL))
);

CREATE INDEX contributions_by_month ON contributions (month, status);
CREATE INDEX contributions_by_submitter ON contributions (submitter_id, month);

-- One row per message that must go out at most once for a contribution (receipt, card, outcome, announcement):
-- claimed right before it is sent, released again if sending failed, so a redelivered entry never repeats it.
CREATE TABLE notices (
    contribution_id BIGINT      NOT NULL REFERENCES contributions (id),
    kind            TEXT        NOT NULL,
    claimed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contribution_id, kind)
);

-- The scheduled monthly reports, one row per month: the key that keeps a report single across restarts, leader
-- changes and a lost schedule state in Redis.
CREATE TABLE monthly_reports (
    month      TEXT PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    due        TIMESTAMPTZ NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL
);
