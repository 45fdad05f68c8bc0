-- The five schemas of the storage contract and the three least-privilege roles.
-- Roles are NOLOGIN groups: deployments create login users that are members of them
-- (see `banksync db create-login`), so no password ever lives in a migration.
CREATE SCHEMA IF NOT EXISTS ledger;    -- written by batch: the user's bank data
CREATE SCHEMA IF NOT EXISTS ops;       -- sync runs, outbox, rejected records
CREATE SCHEMA IF NOT EXISTS insights;  -- written by the stream job, read by the API through v_* views
CREATE SCHEMA IF NOT EXISTS batch;     -- Spring Batch job repository
CREATE SCHEMA IF NOT EXISTS quartz;    -- Quartz clustered job store

DO $$
BEGIN
    -- Roles are cluster-wide while migrations run per database: create them only once.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'banksync_batch_writer') THEN
        CREATE ROLE banksync_batch_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'banksync_stream_writer') THEN
        CREATE ROLE banksync_stream_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'banksync_api_reader') THEN
        CREATE ROLE banksync_api_reader NOLOGIN;
    END IF;
END
$$;
