package dev.banksync.batch.sync.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals access tokens with AES-256-GCM: a fresh random 96-bit nonce per seal, a 128-bit tag, and associated
 * data that binds the ciphertext to its connection (a sealed token copied onto another user's connection does
 * not open). New seals use the current key; opening accepts any key this cipher knows, so after a rotation old
 * tokens still open until they are resealed.
 */
public final class TokenCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentKeyId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    /** @param keys every key that may have sealed a stored token, by id; must contain {@code currentKeyId} */
    public TokenCipher(String currentKeyId, Map<String, SecretKey> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no key with id " + currentKeyId);
        }
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(keys);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** @param associatedData what the token belongs to, e.g. {@code user|provider}; needed again to open it */
    public SealedToken seal(AccessToken token, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(token.reveal().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + ciphertext.length);
            System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
            return new SealedToken(sealed, currentKeyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal an access token: " + e.getMessage(), e);
        }
    }

    /**
     * @throws TokenException when the key is unknown, or the ciphertext or its associated data were altered
     */
    public AccessToken open(SealedToken sealed, String associatedData) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new TokenException("the token was sealed with key '" + sealed.keyId()
                    + "', which this process does not have (is BANKSYNC_TOKEN_KEY the one it was stored with?)");
        }
        byte[] bytes = sealed.bytes();
        if (bytes.length <= NONCE_BYTES) {
            throw new TokenException("the stored token is too short to be AES-GCM output");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return AccessToken.of(new String(plain, StandardCharsets.UTF_8));
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TokenException(
                    "the stored token does not authenticate: altered, or sealed for another connection");
        } catch (GeneralSecurityException e) {
            throw new TokenException("cannot open the stored token: " + e.getMessage());
        }
    }

    /** A token that cannot be opened; the message never contains the token. */
    public static final class TokenException extends RuntimeException {
        public TokenException(String message) {
            super(message);
        }
    }
}
