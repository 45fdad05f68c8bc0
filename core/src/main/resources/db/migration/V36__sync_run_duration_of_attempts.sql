-- A connection's run in a slot is resumed by a later attempt after a failure or a crash, and its duration counted
-- from the first attempt's start: a 06:00 run resumed at 12:00 reported six hours. It is now the time its attempts
-- spent: what the earlier ones took (a crashed attempt's time is unknown and counts nothing) plus the latest one.
ALTER TABLE ops.sync_runs
    ADD COLUMN attempt_started_at  timestamptz,              -- the latest attempt's start (null: the first's)
    ADD COLUMN earlier_attempts_ms bigint NOT NULL DEFAULT 0;
ALTER TABLE ops.sync_runs DROP COLUMN duration_ms;
ALTER TABLE ops.sync_runs ADD COLUMN duration_ms bigint GENERATED ALWAYS AS
    (earlier_attempts_ms
        + (extract(epoch FROM (finished_at - coalesce(attempt_started_at, started_at))) * 1000)::bigint) STORED;
