-- Least privilege. Batch writes the ledger and ops and owns the batch/quartz repositories; the stream job reads
-- the user-facing configuration (rules, budgets, overrides) and writes insights; the API reads only the v_* views.
GRANT USAGE ON SCHEMA ledger, ops, batch, quartz TO banksync_batch_writer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ledger, ops, batch, quartz TO banksync_batch_writer;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ledger, ops, batch, quartz TO banksync_batch_writer;
GRANT TRUNCATE ON ops.outbox TO banksync_batch_writer;

GRANT USAGE ON SCHEMA insights, ledger TO banksync_stream_writer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA insights TO banksync_stream_writer;
GRANT SELECT ON ledger.rules, ledger.budgets, ledger.category_overrides, ledger.users TO banksync_stream_writer;

GRANT USAGE ON SCHEMA insights TO banksync_api_reader;
GRANT SELECT ON insights.v_spending_monthly, insights.v_transaction_categories, insights.v_anomalies
    TO banksync_api_reader;

-- Tables that later migrations add to the writers' schemas get the same rights; the API reader is granted each
-- view explicitly so that a new base table is never readable by it by accident.
ALTER DEFAULT PRIVILEGES IN SCHEMA ledger, ops, batch, quartz
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO banksync_batch_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA ledger, ops, batch, quartz
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO banksync_batch_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA insights
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO banksync_stream_writer;
