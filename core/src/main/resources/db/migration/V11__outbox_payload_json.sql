-- The outbox holds messages to be sent byte for byte as the writer serialised them: json keeps the text (still
-- checked to be JSON) where jsonb would re-encode it on every insert, which a sync pays once per changed row,
-- and re-order its keys on the way out.
ALTER TABLE ops.outbox ALTER COLUMN payload TYPE json USING payload::json;
