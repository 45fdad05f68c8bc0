-- Insights written by the stream job (idempotent upserts of absolute values) and the public v_* views
-- that the app's API reads: the views are the documented contract, the tables may change.

CREATE TABLE insights.spending_monthly (
    user_id         text NOT NULL,
    month           date NOT NULL CHECK (extract(day FROM month) = 1),  -- first day of the booking month
    category        text NOT NULL,
    currency        char(3) NOT NULL,
    spent_minor     bigint NOT NULL,                     -- sum of money out, as a positive number
    received_minor  bigint NOT NULL,                     -- sum of money in
    txn_count       int NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, month, category, currency)
);

CREATE TABLE insights.transaction_categories (
    transaction_id  text PRIMARY KEY,
    user_id         text NOT NULL,
    category        text NOT NULL,
    confidence      numeric(5, 4),
    decided_by      text NOT NULL CHECK (decided_by IN ('USER', 'RULE', 'MODEL', 'DEFAULT')),
    model_version   text,
    merchant        text,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transaction_categories_user ON insights.transaction_categories (user_id);

CREATE TABLE insights.anomalies (
    alert_id        text PRIMARY KEY,                    -- deterministic per finding: replays upsert, not duplicate
    user_id         text NOT NULL,
    kind            text NOT NULL,
    transaction_id  text,
    score           double precision,
    reason          text NOT NULL,
    detected_at     timestamptz NOT NULL
);
CREATE INDEX anomalies_user ON insights.anomalies (user_id, detected_at DESC);

CREATE VIEW insights.v_spending_monthly AS
SELECT user_id, month, category, currency, spent_minor, received_minor, received_minor - spent_minor AS net_minor,
       txn_count, updated_at
FROM insights.spending_monthly;

CREATE VIEW insights.v_transaction_categories AS
SELECT transaction_id, user_id, category, confidence, decided_by, model_version, merchant, updated_at
FROM insights.transaction_categories;

CREATE VIEW insights.v_anomalies AS
SELECT alert_id, user_id, kind, transaction_id, score, reason, detected_at
FROM insights.anomalies;
