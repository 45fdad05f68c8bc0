package dev.banksync.api.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC-SHA256 key that signs and verifies API tokens, from {@code BANKSYNC_JWT_KEY} (base64, at least 32
 * bytes). Without it a random key is made for this process only — fine for the demo, which mints its own tokens,
 * and loudly warned about everywhere else. The key itself is never logged.
 */
public final class JwtKeys {

    private static final Logger LOG = LoggerFactory.getLogger(JwtKeys.class);
    static final int MIN_BYTES = 32;

    private JwtKeys() {
    }

    public static SecretKey fromBase64OrRandom(String base64) {
        if (base64 == null || base64.isBlank()) {
            LOG.warn("BANKSYNC_JWT_KEY is not set: using a random key for this process; tokens from elsewhere will not verify");
            byte[] random = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(random);
            return hmac(random);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("BANKSYNC_JWT_KEY must be base64 (e.g. `openssl rand -base64 32`)");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("BANKSYNC_JWT_KEY must decode to at least " + MIN_BYTES + " bytes, has "
                    + bytes.length);
        }
        return hmac(bytes);
    }

    private static SecretKey hmac(byte[] bytes) {
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
