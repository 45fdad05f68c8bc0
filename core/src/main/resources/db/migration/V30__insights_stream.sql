-- What the Flink InsightsJob adds beyond monthly spending: every alert it published, budget status per period,
-- recurring streams and month-end forecasts. All written with idempotent upserts of absolute values (a replay
-- after a restart rewrites the same rows); the API reads the v_* views only.

-- Every AlertEvent published on banksync.alerts.v1 (anomalies and budget thresholds), keyed by its deterministic id.
CREATE TABLE insights.alerts (
    alert_id        text PRIMARY KEY,
    user_id         text NOT NULL,
    kind            text NOT NULL,
    transaction_id  text,
    category        text,
    amount_minor    bigint,
    currency        char(3),
    score           double precision,
    reason          text NOT NULL,
    emitted_at      timestamptz NOT NULL                 -- from the event that triggered it, so replays agree
);
CREATE INDEX alerts_user ON insights.alerts (user_id, emitted_at DESC);

-- One monthly budget of ledger.budgets in one month: what was spent against it and which thresholds fired.
CREATE TABLE insights.budget_status (
    user_id         text NOT NULL,
    budget_id       bigint NOT NULL,
    month           date NOT NULL CHECK (extract(day FROM month) = 1),
    category        text NOT NULL,
    currency        char(3) NOT NULL,
    limit_minor     bigint NOT NULL,
    spent_minor     bigint NOT NULL,
    percent_used    numeric(9, 2) NOT NULL,
    status          text NOT NULL CHECK (status IN ('OK', 'WARNING', 'EXCEEDED')),
    alerted_80      boolean NOT NULL,                    -- the 80 % alert has fired for this period (once)
    alerted_100     boolean NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, budget_id, month)
);

-- Recurring inflows and outflows per user and normalised merchant, as Plaid's recurring transactions API has them.
CREATE TABLE insights.recurring_streams (
    user_id             text NOT NULL,
    stream_id           text NOT NULL,                   -- deterministic: direction + merchant key + currency
    direction           text NOT NULL CHECK (direction IN ('INFLOW', 'OUTFLOW')),
    merchant            text NOT NULL,
    category            text,
    currency            char(3) NOT NULL,
    frequency           text NOT NULL
                        CHECK (frequency IN ('WEEKLY', 'BIWEEKLY', 'SEMI_MONTHLY', 'MONTHLY', 'ANNUALLY')),
    average_amount_minor bigint NOT NULL,                -- signed like the transactions (money out negative)
    last_amount_minor   bigint NOT NULL,
    first_date          date NOT NULL,
    last_date           date NOT NULL,
    predicted_next_date date NOT NULL,
    occurrences         int NOT NULL,
    status              text NOT NULL CHECK (status IN ('EARLY', 'MATURE', 'STOPPED')),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, stream_id)
);

-- Projected month-end spend per user, month, category and currency.
CREATE TABLE insights.forecasts (
    user_id                 text NOT NULL,
    month                   date NOT NULL CHECK (extract(day FROM month) = 1),
    category                text NOT NULL,
    currency                char(3) NOT NULL,
    as_of                   date NOT NULL,               -- the day the projection was made for
    spent_to_date_minor     bigint NOT NULL,             -- money out so far this month, positive
    recurring_expected_minor bigint NOT NULL,            -- recurring outflows still expected this month
    projected_minor         bigint NOT NULL,             -- projected month-end spend, positive
    updated_at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, month, category, currency)
);

CREATE VIEW insights.v_alerts AS
SELECT alert_id, user_id, kind, transaction_id, category, amount_minor, currency, score, reason, emitted_at
FROM insights.alerts;

CREATE VIEW insights.v_budget_status AS
SELECT user_id, budget_id, month, category, currency, limit_minor, spent_minor,
       limit_minor - spent_minor AS remaining_minor, percent_used, status, alerted_80, alerted_100, updated_at
FROM insights.budget_status;

CREATE VIEW insights.v_recurring_streams AS
SELECT user_id, stream_id, direction, merchant, category, currency, frequency, average_amount_minor,
       last_amount_minor, first_date, last_date, predicted_next_date, occurrences, status, updated_at
FROM insights.recurring_streams;

CREATE VIEW insights.v_forecasts AS
SELECT user_id, month, category, currency, as_of, spent_to_date_minor, recurring_expected_minor, projected_minor,
       updated_at
FROM insights.forecasts;

-- V7's default privileges already give the stream writer the new insights tables; say it explicitly anyway.
GRANT SELECT, INSERT, UPDATE, DELETE ON insights.alerts, insights.budget_status, insights.recurring_streams,
    insights.forecasts TO banksync_stream_writer;
GRANT SELECT ON insights.v_alerts, insights.v_budget_status, insights.v_recurring_streams, insights.v_forecasts
    TO banksync_api_reader;
-- A user's correction teaches the merchant of the corrected transaction: the job's reference-data poll reads
-- that transaction's merchant and description (nothing else of the ledger).
GRANT SELECT (transaction_id, user_id, merchant, description) ON ledger.transactions TO banksync_stream_writer;
