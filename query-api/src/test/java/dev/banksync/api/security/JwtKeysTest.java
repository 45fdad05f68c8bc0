package dev.banksync.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtKeysTest {

    @Test
    void acceptsA32ByteBase64Key() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(JwtKeys.fromBase64OrRandom(key).getEncoded()).hasSize(32);
    }

    @Test
    void rejectsShortOrMalformedKeysWithoutEchoingThem() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> JwtKeys.fromBase64OrRandom(shortKey)).hasMessageContaining("at least 32")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> JwtKeys.fromBase64OrRandom("not base64 !!")).hasMessageContaining("base64")
                .hasMessageNotContaining("not base64 !!");
    }

    @Test
    void withoutAKeyEachProcessGetsARandomOne() {
        assertThat(JwtKeys.fromBase64OrRandom("").getEncoded()).isNotEqualTo(JwtKeys.fromBase64OrRandom(null).getEncoded());
    }
}
