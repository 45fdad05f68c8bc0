package dev.banksync.api.security;

import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every {@code /api/**} request carries a bearer JWT signed with {@code BANKSYNC_JWT_KEY}; its subject is the one
 * user whose data it may read ({@link UserAccess}). Health stays open for load balancers.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    SecretKey apiJwtKey(@Value("${BANKSYNC_JWT_KEY:}") String base64) {
        return JwtKeys.fromBase64OrRandom(base64);
    }

    @Bean
    ApiTokens apiTokens(SecretKey apiJwtKey) {
        return new ApiTokens(apiJwtKey);
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey apiJwtKey) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(apiJwtKey).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ApiTokens.ISSUER));
        return decoder;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())   // stateless bearer tokens, no cookies: CSRF does not apply
                .build();
    }
}
