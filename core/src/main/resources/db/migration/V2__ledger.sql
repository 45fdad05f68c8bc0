-- The ledger: users, their bank connections and accounts, and every transaction the banks reported.
-- Amounts are bigint minor units plus an ISO-4217 currency; money out is negative.

CREATE TABLE ledger.users (
    user_id        text PRIMARY KEY,                      -- the app's own user id
    display_name   text,
    home_currency  char(3) NOT NULL DEFAULT 'USD',
    time_zone      text NOT NULL DEFAULT 'UTC',           -- IANA zone; decides which month a purchase falls in
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ledger.bank_connections (
    connection_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id           text NOT NULL REFERENCES ledger.users ON DELETE CASCADE,
    provider          text NOT NULL,                      -- connector name: sandbox, plaid, gocardless, …
    institution       text,
    access_token_enc  bytea,                              -- AES-GCM (nonce ‖ ciphertext ‖ tag); never plaintext
    token_key_id      text,                               -- which key encrypted it, for rotation
    sync_cursor       text,                               -- saved only after the page's rows are committed
    status            text NOT NULL DEFAULT 'ACTIVE'
                      CHECK (status IN ('ACTIVE', 'PAUSED', 'ERROR', 'REVOKED')),
    window_days       int NOT NULL DEFAULT 30 CHECK (window_days >= 30),
    last_synced_at    timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bank_connections_user ON ledger.bank_connections (user_id);

CREATE TABLE ledger.accounts (
    account_id           text PRIMARY KEY,
    user_id              text NOT NULL REFERENCES ledger.users ON DELETE CASCADE,
    connection_id        bigint REFERENCES ledger.bank_connections ON DELETE SET NULL, -- null: file-only account
    external_account_id  text,
    name                 text NOT NULL,
    mask                 text,                           -- last digits only
    type                 text NOT NULL DEFAULT 'CHECKING'
                         CHECK (type IN ('CHECKING', 'SAVINGS', 'CREDIT_CARD', 'LOAN', 'INVESTMENT', 'OTHER')),
    currency             char(3) NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (connection_id, external_account_id)
);
CREATE INDEX accounts_user ON ledger.accounts (user_id);

CREATE TABLE ledger.transactions (
    transaction_id  text PRIMARY KEY,
    user_id         text NOT NULL REFERENCES ledger.users ON DELETE CASCADE,
    account_id      text NOT NULL REFERENCES ledger.accounts ON DELETE CASCADE,
    source          text NOT NULL,                       -- api:<provider> or file:<format>
    external_id     text NOT NULL,                       -- provider id, or fingerprint + occurrence for files
    status          text NOT NULL CHECK (status IN ('PENDING', 'POSTED')),
    booking_date    date NOT NULL,
    value_date      date,
    amount_minor    bigint NOT NULL,
    currency        char(3) NOT NULL,
    description     text NOT NULL,
    merchant        text,
    mcc             text,
    replaces        text,                                -- the pending transaction this posted one superseded
    version         bigint NOT NULL DEFAULT 1 CHECK (version >= 1),
    user_note       text,                                -- user edits survive bank updates
    removed_at      timestamptz,                         -- tombstone: a removal is remembered, not forgotten
    first_seen_at   timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (account_id, source, external_id)
);
CREATE INDEX transactions_user_date ON ledger.transactions (user_id, booking_date);
CREATE INDEX transactions_account_date ON ledger.transactions (account_id, booking_date);

-- A user's correction of a transaction's category; it wins over rules and the model.
CREATE TABLE ledger.category_overrides (
    transaction_id  text PRIMARY KEY REFERENCES ledger.transactions ON DELETE CASCADE,
    user_id         text NOT NULL REFERENCES ledger.users ON DELETE CASCADE,
    category        text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX category_overrides_user ON ledger.category_overrides (user_id);

-- Categorisation rules: user_id null means a global rule. Lower priority runs first.
CREATE TABLE ledger.rules (
    rule_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id           text REFERENCES ledger.users ON DELETE CASCADE,
    priority          int NOT NULL DEFAULT 100,
    match_field       text NOT NULL CHECK (match_field IN ('DESCRIPTION', 'MERCHANT', 'MCC')),
    match_kind        text NOT NULL CHECK (match_kind IN ('CONTAINS', 'EQUALS', 'REGEX')),
    pattern           text NOT NULL,
    min_amount_minor  bigint,
    max_amount_minor  bigint,
    category          text NOT NULL,
    enabled           boolean NOT NULL DEFAULT true,
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ledger.budgets (
    budget_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      text NOT NULL REFERENCES ledger.users ON DELETE CASCADE,
    category     text NOT NULL,
    currency     char(3) NOT NULL,
    limit_minor  bigint NOT NULL CHECK (limit_minor > 0),
    period       text NOT NULL DEFAULT 'MONTHLY' CHECK (period IN ('MONTHLY')),
    valid_from   date NOT NULL DEFAULT DATE '2000-01-01',
    valid_to     date,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, category, currency, valid_from)
);
