package dev.banksync.batch.sync.token;

import java.util.Arrays;
import java.util.Objects;

/**
 * An access token as stored in {@code ledger.bank_connections}: AES-GCM output (nonce ‖ ciphertext ‖ tag) and
 * the id of the key that sealed it, so keys can be rotated.
 */
public final class SealedToken {

    private final byte[] sealed;
    private final String keyId;

    public SealedToken(byte[] sealed, String keyId) {
        this.sealed = Objects.requireNonNull(sealed, "sealed").clone();
        this.keyId = Objects.requireNonNull(keyId, "keyId");
    }

    public byte[] bytes() {
        return sealed.clone();
    }

    public String keyId() {
        return keyId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedToken other && keyId.equals(other.keyId) && Arrays.equals(sealed, other.sealed);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(sealed);
    }

    @Override
    public String toString() {
        return "SealedToken[key=" + keyId + ", " + sealed.length + " bytes]";
    }
}
