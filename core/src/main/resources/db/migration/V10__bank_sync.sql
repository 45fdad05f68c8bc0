-- Bank sync and reconciliation (issue 3): identities shared across sources, the state a connection's sync keeps,
-- one sync run per connection and scheduled slot, and the indexes the matching engine's set-based SQL relies on.

-- The card authorisation date a provider reports; a posted card payment carries its pending's date here, which
-- is what ties the two together when the provider forgets the link.
ALTER TABLE ledger.transactions ADD COLUMN authorized_date date;

-- "Which pending rows are still unclaimed?" and "is this pending already superseded?" stay index lookups however
-- long the history grows.
CREATE INDEX transactions_pending ON ledger.transactions (account_id, booking_date) WHERE status = 'PENDING';
CREATE INDEX transactions_replaces ON ledger.transactions (replaces) WHERE replaces IS NOT NULL;

-- A transaction known under a second identity: the same purchase in a statement file and in an API sync. The
-- row keeps the identity of the source that delivered it first; later sources map onto it here instead of
-- creating a duplicate. Changes arriving under an alias never rewrite the row (its first source owns it).
CREATE TABLE ledger.transaction_aliases (
    account_id      text NOT NULL REFERENCES ledger.accounts ON DELETE CASCADE,
    source          text NOT NULL,
    external_id     text NOT NULL,
    transaction_id  text NOT NULL REFERENCES ledger.transactions ON DELETE CASCADE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, source, external_id)
);
CREATE INDEX transaction_aliases_transaction ON ledger.transaction_aliases (transaction_id, source);

-- Which sources each account has rows from, so the engine looks for cross-source duplicates only in accounts that
-- have more than one source (a single-source account never needs the date/amount scan).
CREATE TABLE ledger.account_sources (
    account_id  text NOT NULL REFERENCES ledger.accounts ON DELETE CASCADE,
    source      text NOT NULL,
    PRIMARY KEY (account_id, source)
);
INSERT INTO ledger.account_sources (account_id, source) SELECT DISTINCT account_id, source FROM ledger.transactions;

ALTER TABLE ledger.bank_connections
    ADD COLUMN external_id         text,         -- the provider's id of the link (Plaid's item id), when it has one
    ADD COLUMN last_error          text,         -- why the last sync failed; cleared by the next success
    ADD COLUMN cursor_updated_at   timestamptz;  -- when sync_cursor last advanced (committed with its page)

-- One run per connection and slot: a re-launch of the same business date and slot finds its run instead of
-- adding one, and a restart after a crash continues counting on it.
ALTER TABLE ops.sync_runs
    ADD COLUMN slot         text,                -- e.g. '06:00', or 'manual:<uuid>' for an on-demand sync
    ADD COLUMN attempts     int NOT NULL DEFAULT 1,
    ADD COLUMN pages        int NOT NULL DEFAULT 0,
    ADD COLUMN duration_ms  bigint GENERATED ALWAYS AS
        ((extract(epoch FROM (finished_at - started_at)) * 1000)::bigint) STORED;
CREATE UNIQUE INDEX sync_runs_connection_slot ON ops.sync_runs (connection_id, business_date, slot)
    WHERE connection_id IS NOT NULL AND slot IS NOT NULL;

-- Pruning deletes by age of sending; without this it would scan the whole outbox.
CREATE INDEX outbox_sent_at ON ops.outbox (sent_at) WHERE sent_at IS NOT NULL;
