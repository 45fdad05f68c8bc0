package dev.banksync.batch.sync.token;

import dev.banksync.core.config.BanksyncEnv;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the token key comes from: {@code BANKSYNC_TOKEN_KEY}, 32 bytes in base64 (make one with
 * {@code openssl rand -base64 32}). Its id is a fingerprint of the key, so a database knows which key sealed each
 * token without storing the key. When the variable is unset a fixed development key is used, with a warning: it
 * keeps a fresh checkout working, and it must never protect real tokens.
 */
public final class TokenKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TokenKeys.class);
    static final String DEV_KEY_ID = "dev-insecure";
    private static final byte[] DEV_KEY = "banksync-development-key-32bytes".getBytes(StandardCharsets.US_ASCII);

    private TokenKeys() {
    }

    public static TokenCipher fromEnv(BanksyncEnv env) {
        return env.get(BanksyncEnv.TOKEN_KEY).map(TokenKeys::fromBase64).orElseGet(() -> {
            LOG.warn("{} is not set: access tokens are sealed with the insecure development key; set it to 32 random"
                    + " bytes in base64 (openssl rand -base64 32) before storing real tokens", BanksyncEnv.TOKEN_KEY);
            return cipher(DEV_KEY_ID, DEV_KEY);
        });
    }

    /** @throws IllegalArgumentException naming the variable when the value is not 32 bytes of base64 */
    public static TokenCipher fromBase64(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(BanksyncEnv.TOKEN_KEY + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalArgumentException(BanksyncEnv.TOKEN_KEY + " must be 32 bytes (AES-256) in base64, got "
                    + key.length + " bytes");
        }
        return cipher(keyId(key), key);
    }

    /** {@code k-} and the first 8 bytes of the key's SHA-256, in hex: identifies the key, reveals nothing of it. */
    static String keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return "k-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static TokenCipher cipher(String keyId, byte[] key) {
        return new TokenCipher(keyId, Map.of(keyId, new SecretKeySpec(key, "AES")));
    }
}
