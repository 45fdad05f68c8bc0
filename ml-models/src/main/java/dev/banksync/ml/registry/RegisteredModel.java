package dev.banksync.ml.registry;

import java.time.Instant;

/** A row of the registry: a model version's provenance and whether it is the active one. */
public record RegisteredModel(String version, String trainer, String dataHash, String features,
                              double uncertaintyThreshold, String metricsJson, Instant createdAt,
                              Instant registeredAt, boolean active) {
}
