package dev.banksync.batch.sync.connector;

/**
 * A record of a page the connector could not map (a missing date, an amount finer than its currency allows);
 * the job quarantines it in {@code ops.rejected_records} and counts it, instead of dropping it or failing the page.
 *
 * @param location where it was, e.g. {@code added[3]}
 * @param field    the field at fault, or null
 * @param raw      the record as received (it never holds the access token)
 */
public record UnreadableRecord(String location, String field, String reason, String raw) {
}
