package eu.os2.platform.web.internal.auth.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an ID token with the Nimbus validator: signature against the provider's keys, issuer,
 * audience (the client id), expiry and issue time (60 s of clock skew), and the nonce of this
 * browser's sign-on. A refusal names what failed.
 */
final class IdTokenCheck {

    private final IDTokenValidator validator;

    IdTokenCheck(Issuer issuer, ClientID clientId, Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> keys) {
        this.validator =
                new IDTokenValidator(issuer, clientId, new JWSVerificationKeySelector<>(algorithms, keys), null);
    }

    IDTokenClaimsSet validate(JWT idToken, Nonce nonce) throws SignOnRefused {
        try {
            return validator.validate(idToken, nonce);
        } catch (BadJOSEException | JOSEException e) {
            String message = String.valueOf(e.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            String code = lower.contains("expired")
                    ? "expired"
                    : lower.contains("issuer")
                            ? "issuer"
                            : lower.contains("audience") ? "audience" : lower.contains("nonce") ? "nonce" : "token";
            throw new SignOnRefused(code, "ID token refused: " + message);
        }
    }
}
