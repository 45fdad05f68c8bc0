package dev.banksync.sandbox.random;

/**
 * Opaque, Plaid-looking identifiers that are unique by construction: the (namespace, connection, sequence)
 * triple is packed into 64 bits and sent through a seeded bijection, so two different triples can never share an
 * id, and the same seed always yields the same ids.
 */
public final class OpaqueIds {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final long NAMESPACE_TRANSACTION = 1;
    private static final long NAMESPACE_ACCOUNT = 2;
    private static final long NAMESPACE_TOKEN = 3;

    private final long key;

    public OpaqueIds(long seed) {
        this.key = Seeds.of(seed, 0x1D5L);
    }

    public String transaction(int connection, long sequence) {
        return encode(NAMESPACE_TRANSACTION, connection, sequence);
    }

    public String account(int connection, int account) {
        return encode(NAMESPACE_ACCOUNT, connection, account);
    }

    /** The secret part of an access token; the token itself adds a prefix. */
    public String token(int connection) {
        return encode(NAMESPACE_TOKEN, connection, 0) + encode(NAMESPACE_TOKEN, connection, 1);
    }

    private String encode(long namespace, int connection, long sequence) {
        if (connection < 0 || connection >= (1 << 26) || sequence < 0 || sequence >= (1L << 36)) {
            throw new IllegalArgumentException("id out of range: connection " + connection + ", sequence " + sequence);
        }
        long packed = (namespace << 62) | ((long) connection << 36) | sequence;
        long value = Seeds.mix(packed + key);  // adding a constant and mixing are both bijections
        StringBuilder s = new StringBuilder(11);
        long rest = value;
        int base = ALPHABET.length();
        for (int i = 0; i < 11; i++) {
            s.append(ALPHABET.charAt((int) Long.remainderUnsigned(rest, base)));
            rest = Long.divideUnsigned(rest, base);
        }
        return s.toString();
    }
}
