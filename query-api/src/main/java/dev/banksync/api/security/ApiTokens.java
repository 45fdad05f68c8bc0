package dev.banksync.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;

/**
 * Mints API tokens (HS256 JWTs whose subject is the user id). The app's own auth service would normally do this;
 * banksync mints them for the demo and for operators ({@code banksync api token --user U}).
 */
public final class ApiTokens {

    public static final String ISSUER = "banksync";

    private final SecretKey key;

    public ApiTokens(SecretKey key) {
        this.key = key;
    }

    public String mint(String userId, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .issuer(ISSUER)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an API token", e);
        }
        return jwt.serialize();
    }
}
