-- The model registry of ml-models: every trained model version with its provenance and the model file itself
-- (a zip of the Tribuo model and its card), so that any stream or batch node can load the active version with
-- nothing but database access. At most one version per kind is active.
CREATE SCHEMA IF NOT EXISTS ml;

CREATE TABLE ml.model_versions (
    version                text PRIMARY KEY,
    kind                   text NOT NULL DEFAULT 'categoriser' CHECK (kind IN ('categoriser', 'anomaly')),
    trainer                text NOT NULL,
    data_hash              text NOT NULL CHECK (data_hash ~ '^[0-9a-f]{64}$'),
    features               text NOT NULL,
    uncertainty_threshold  double precision NOT NULL CHECK (uncertainty_threshold BETWEEN 0 AND 1),
    metrics                jsonb NOT NULL,
    model_file             bytea NOT NULL,
    file_sha256            text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    created_at             timestamptz NOT NULL,
    registered_at          timestamptz NOT NULL DEFAULT now(),
    active                 boolean NOT NULL DEFAULT false,
    activated_at           timestamptz
);
CREATE UNIQUE INDEX model_versions_one_active ON ml.model_versions (kind) WHERE active;

-- Training and activation run as batch jobs; the stream job only reads the active version.
GRANT USAGE ON SCHEMA ml TO banksync_batch_writer, banksync_stream_writer;
GRANT SELECT, INSERT, UPDATE ON ml.model_versions TO banksync_batch_writer;
GRANT SELECT ON ml.model_versions TO banksync_stream_writer;
