CREATE TABLE event_log (
    id           bigserial,
    happened_at  timestamptz NOT NULL,
    kind         smallint    NOT NULL,
    payload      jsonb,
    PRIMARY KEY (id, happened_at)
) PARTITION BY RANGE (happened_at);

CREATE TABLE event_log_2026 PARTITION OF event_log
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
