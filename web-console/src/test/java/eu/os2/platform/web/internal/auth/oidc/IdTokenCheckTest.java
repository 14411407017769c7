package eu.os2.platform.web.internal.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ID token checks, against tokens signed with a key made here (the library signs; nothing is hand-made). */
class IdTokenCheckTest {

    private static final String ISSUER = "https://broker.example.dk/realms/os2";
    private static final Nonce NONCE = new Nonce("nonce-of-this-browser");
    private static RSAKey key;
    private static RSAKey otherKey;
    private static IdTokenCheck check;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        check = new IdTokenCheck(
                new Issuer(ISSUER),
                new ClientID("os2-platform"),
                java.util.Set.of(JWSAlgorithm.RS256),
                new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));
    }

    private static SignedJWT token(RSAKey signer, String issuer, String audience, Duration expiresIn, String nonce)
            throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("sub-1")
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(expiresIn)))
                .claim("nonce", nonce)
                .claim("email", "mette@aarhus.dk")
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt;
    }

    @Test
    void aGoodTokenGivesItsClaims() throws Exception {
        var claims = check.validate(token(key, ISSUER, "os2-platform", Duration.ofMinutes(5), NONCE.getValue()), NONCE);
        assertThat(claims.getSubject().getValue()).isEqualTo("sub-1");
        assertThat(claims.getStringClaim("email")).isEqualTo("mette@aarhus.dk");
    }

    @Test
    void eachBrokenPartIsNamed() throws Exception {
        assertRefused(
                token(key, "https://evil.example/", "os2-platform", Duration.ofMinutes(5), NONCE.getValue()), "issuer");
        assertRefused(token(key, ISSUER, "another-client", Duration.ofMinutes(5), NONCE.getValue()), "audience");
        assertRefused(token(key, ISSUER, "os2-platform", Duration.ofMinutes(-5), NONCE.getValue()), "expired");
        assertRefused(token(key, ISSUER, "os2-platform", Duration.ofMinutes(5), "another-nonce"), "nonce");
        assertRefused(token(otherKey, ISSUER, "os2-platform", Duration.ofMinutes(5), NONCE.getValue()), "token");
    }

    private static void assertRefused(SignedJWT jwt, String code) {
        assertThatThrownBy(() -> check.validate(jwt, NONCE))
                .isInstanceOfSatisfying(
                        SignOnRefused.class,
                        e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }
}
