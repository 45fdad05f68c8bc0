package dev.banksync.batch.sync.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final AccessToken TOKEN = AccessToken.of("access-sandbox-3f2a9c");

    @Test
    void aSealedTokenOpensWithItsKeyAndAssociatedData() {
        TokenCipher cipher = TokenKeys.fromBase64(KEY);

        SealedToken sealed = cipher.seal(TOKEN, "connection:7");

        assertThat(cipher.open(sealed, "connection:7")).isEqualTo(TOKEN);
        assertThat(sealed.keyId()).isEqualTo(cipher.currentKeyId()).matches("k-[0-9a-f]{16}");
        assertThat(cipher.seal(TOKEN, "connection:7")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aTokenCopiedToAnotherConnectionOrAlteredDoesNotOpen() {
        TokenCipher cipher = TokenKeys.fromBase64(KEY);
        SealedToken sealed = cipher.seal(TOKEN, "connection:7");
        byte[] altered = sealed.bytes();
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(sealed, "connection:8"))
                .isInstanceOf(TokenCipher.TokenException.class).hasMessageContaining("does not authenticate");
        assertThatThrownBy(() -> cipher.open(new SealedToken(altered, sealed.keyId()), "connection:7"))
                .isInstanceOf(TokenCipher.TokenException.class);
    }

    @Test
    void aTokenSealedWithAnotherKeyNamesTheMissingKeyNotTheToken() {
        SealedToken sealed = TokenKeys.fromBase64(KEY).seal(TOKEN, "c");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        TokenCipher other = TokenKeys.fromBase64(Base64.getEncoder().encodeToString(otherKey));

        assertThatThrownBy(() -> other.open(sealed, "c")).hasMessageContaining(sealed.keyId())
                .hasMessageNotContaining(TOKEN.reveal());
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> TokenKeys.fromBase64("not base64!")).hasMessageContaining("BANKSYNC_TOKEN_KEY");
        assertThatThrownBy(() -> TokenKeys.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("must be 32 bytes").hasMessageContaining("got 16");
    }

    @Test
    void tokensPrintRedactedAndCanBeRedactedFromText() {
        assertThat(TOKEN).hasToString("AccessToken[***]");
        assertThat(String.valueOf(java.util.List.of(TOKEN))).doesNotContain(TOKEN.reveal());
        assertThat(TOKEN.redactFrom("bad token access-sandbox-3f2a9c given")).isEqualTo("bad token *** given");
        assertThat(TokenKeys.fromBase64(KEY).seal(TOKEN, "c").toString()).doesNotContain(TOKEN.reveal());
    }
}
