package dev.banksync.stream.recurring;

/**
 * What the recurring tracker remembers of one transaction: the last version applied, the stream it is in (null when
 * none), whether it is a pending its posted version superseded, and whether it already raised a price alert.
 */
public record TrackedOccurrence(long version, String streamKey, boolean superseded, boolean priceAlerted) {
}
