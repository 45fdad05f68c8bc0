package dev.banksync.sandbox.sync;

import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;
import dev.banksync.sandbox.random.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Turns cursors into opaque strings and back. A cursor carries a short check value bound to the seed and the
 * connection, so a cursor of another connection (or another sandbox) is refused instead of silently misread.
 */
public final class CursorCodec {

    private final long seed;

    public CursorCodec(long seed) {
        this.seed = seed;
    }

    public String encode(int connection, SyncCursor cursor) {
        String text = "v1." + cursor.position() + "." + (cursor.midPagination() ? "p" : "c") + "."
                + check(connection, cursor);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** An absent or empty cursor means "from the beginning". */
    public SyncCursor decode(int connection, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return SyncCursor.START;
        }
        SyncCursor decoded;
        String check;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 4 || !parts[0].equals("v1") || !(parts[2].equals("p") || parts[2].equals("c"))) {
                throw invalid("it is not a cursor this bank issued");
            }
            decoded = new SyncCursor(Integer.parseInt(parts[1]), parts[2].equals("p"));
            check = parts[3];
        } catch (IllegalArgumentException e) {  // bad base64 or number
            throw invalid("it is not a cursor this bank issued");
        }
        if (decoded.position() < 0 || !check.equals(check(connection, decoded))) {
            throw invalid("it belongs to another connection or another sandbox seed");
        }
        return decoded;
    }

    private String check(int connection, SyncCursor cursor) {
        long h = Seeds.of(seed, 0xC0C0L, connection, cursor.position(), cursor.midPagination() ? 1 : 0);
        return String.format("%08x", h & 0xFFFF_FFFFL);
    }

    private static BankApiException invalid(String why) {
        return new BankApiException(BankError.INVALID_CURSOR, "the cursor is invalid: " + why);
    }
}
