package dev.banksync.batch.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids of ledger rows: the same (account, source, external id) always gives the same id. */
public final class TransactionIds {

    private TransactionIds() {
    }

    public static String transactionId(String accountId, String source, String externalId) {
        return "t_" + hash(accountId, source, externalId);
    }

    /** 128 bits of SHA-256 in hex over the parts: collisions are out of reach for any ledger, and ids stay short. */
    public static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f); // unit separator: ("ab","c") and ("a","bc") differ
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
