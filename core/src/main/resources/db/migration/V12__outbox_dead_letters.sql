-- A row Kafka can never take (larger than the producer's or broker's size limit, an unknown topic) must not
-- block every row behind it: the relay sets it aside with the reason. It stays here, never pruned, until an
-- operator fixes the cause and requeues it (`banksync relay --requeue-dead`).
ALTER TABLE ops.outbox
    ADD COLUMN dead_at     timestamptz,
    ADD COLUMN dead_reason text;

DROP INDEX ops.outbox_unsent;
CREATE INDEX outbox_unsent ON ops.outbox (outbox_id) WHERE sent_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_dead ON ops.outbox (outbox_id) WHERE dead_at IS NOT NULL;
