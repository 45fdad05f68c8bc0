-- Operations: what each sync did, the transactional outbox, and records we could not accept.

CREATE TABLE ops.sync_runs (
    run_id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_execution_id    bigint,
    connection_id       bigint REFERENCES ledger.bank_connections ON DELETE SET NULL,
    source              text NOT NULL,                   -- connection:<id> or file:<name>
    business_date       date,
    status              text NOT NULL DEFAULT 'RUNNING'
                        CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    fetched             int NOT NULL DEFAULT 0,
    inserted            int NOT NULL DEFAULT 0,
    updated             int NOT NULL DEFAULT 0,
    pending_posted      int NOT NULL DEFAULT 0,
    removed             int NOT NULL DEFAULT 0,
    duplicates_ignored  int NOT NULL DEFAULT 0,
    rejected            int NOT NULL DEFAULT 0,
    error               text,
    started_at          timestamptz NOT NULL DEFAULT now(),
    finished_at         timestamptz
);
CREATE INDEX sync_runs_connection ON ops.sync_runs (connection_id, started_at DESC);

-- Every ledger change writes one row here in the same database transaction; the relay publishes them in id order.
CREATE TABLE ops.outbox (
    outbox_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic        text NOT NULL,                          -- contract topic name (a namespace may be prefixed on send)
    message_key  text NOT NULL,                          -- user id: keeps one user's events in order
    payload      jsonb NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz
);
CREATE INDEX outbox_unsent ON ops.outbox (outbox_id) WHERE sent_at IS NULL;

-- Quarantine: a record we could not accept, with where it was and why. Nothing is silently dropped.
CREATE TABLE ops.rejected_records (
    rejected_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       bigint REFERENCES ops.sync_runs ON DELETE SET NULL,
    source       text NOT NULL,                          -- file path or connection
    location     text,                                   -- e.g. "line 12", "page 3 item 7"
    field        text,                                   -- the field at fault, when one is
    reason       text NOT NULL,
    raw_record   text,
    created_at   timestamptz NOT NULL DEFAULT now()
);
