package eu.os2.platform.web.internal.auth.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import eu.os2.platform.api.member.MemberService;
import eu.os2.platform.api.member.Organisation;
import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.api.user.SessionService;
import eu.os2.platform.api.user.UserService;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-on through one OpenID Connect provider: the authorization code flow with PKCE (S256),
 * state and nonce. The browser keeps state, nonce and code verifier in a short-lived HttpOnly
 * cookie for the sign-on path only, so any node can finish a sign-on another began. The provider's
 * metadata is read at the first sign-on (and again after a failure), so the platform starts while
 * the provider is down. Each answer is taken once, on any node (its state is recorded as used).
 * Nothing else is stored for a refused sign-on.
 */
@Component(service = SignOn.class, configurationPid = "eu.os2.platform.oidc")
@Designate(ocd = OidcConfig.class)
public class SignOn {

    /** The cookie that carries a sign-on in progress. */
    public static final String FLOW_COOKIE = "OS2SIGNON";
    /** Where the provider sends the browser back, below the application's base. */
    public static final String CALLBACK_PATH = "/api/v1/auth/oidc/callback";

    private static final Logger LOG = LoggerFactory.getLogger(SignOn.class);
    private static final int TIMEOUT_MILLIS = 10_000;
    /** How long a sign-on may take at the provider. */
    public static final Duration FLOW_LIFETIME = Duration.ofMinutes(10);

    /** Where to send the browser, and the flow cookie's value to set. */
    public record Start(URI authorization, String flowCookie) {}

    private record Provider(OIDCProviderMetadata metadata, IdTokenCheck check) {}

    private volatile OidcConfig config;
    private final UserService users;
    private final MemberService members;
    private final SessionService sessions;
    private volatile Provider provider;

    @Activate
    public SignOn(
            @Reference UserService users,
            @Reference MemberService members,
            @Reference SessionService sessions,
            OidcConfig config) {
        this.users = users;
        this.members = members;
        this.sessions = sessions;
        this.config = config;
    }

    /** A changed {@code etc/eu.os2.platform.oidc.cfg} applies to the next sign-on; the provider is read again. */
    @Modified
    void modified(OidcConfig config) {
        this.config = config;
        this.provider = null;
    }

    /** @return the button label when sign-on is configured */
    public Optional<String> label() {
        return enabled() ? Optional.of(config.label()) : Optional.empty();
    }

    private boolean enabled() {
        return config.enabled()
                && !config.issuer().isBlank()
                && !config.clientId().isBlank();
    }

    /** Begins a sign-on: the provider's authorization address and the flow cookie. */
    public Start start(String base) throws SignOnRefused {
        requireEnabled();
        OIDCProviderMetadata metadata = provider().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        ResponseType.CODE,
                        Scope.parse(config.scopes()),
                        new ClientID(config.clientId()),
                        redirect(base))
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(request.toURI(), state.getValue() + "." + nonce.getValue() + "." + verifier.getValue());
    }

    /**
     * Finishes a sign-on: checks the state against the browser's, redeems the code with the
     * verifier, checks the ID token and finds the person's account.
     *
     * @return the signed-in user
     */
    public PlatformUser finish(String base, String code, String state, String error, String flowCookie)
            throws SignOnRefused {
        requireEnabled();
        String[] flow = flowCookie == null ? new String[0] : flowCookie.split("\\.");
        if (flow.length != 3
                || state == null
                || !MessageDigest.isEqual(
                        flow[0].getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            throw new SignOnRefused(
                    "state",
                    "the sign-on's state does not match this browser's (a forged, replayed or expired answer)");
        }
        if (!sessions.firstUse(state, FLOW_LIFETIME)) {
            throw new SignOnRefused("state", "the sign-on's answer was used before (a replay)");
        }
        if (error != null) {
            throw new SignOnRefused("provider", "the provider refused: " + error);
        }
        if (code == null || code.isBlank()) {
            throw new SignOnRefused("provider", "the provider sent no code");
        }
        Provider p = provider();
        ClientID clientId = new ClientID(config.clientId());
        TokenRequest request = new TokenRequest(
                p.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(clientId, new Secret(config.clientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirect(base), new CodeVerifier(flow[2])));
        JWT idToken;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                ErrorObject e = response.toErrorResponse().getErrorObject();
                throw new SignOnRefused(
                        "token", "the provider did not redeem the code: " + e.getCode() + " " + e.getDescription());
            }
            idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                    .getOIDCTokens()
                    .getIDToken();
        } catch (IOException | ParseException e) {
            provider = null;
            throw new SignOnRefused("provider", "cannot redeem the code: " + e.getMessage());
        }
        IDTokenClaimsSet claims = p.check().validate(idToken, new Nonce(flow[1]));
        String username = claim(claims, config.usernameClaim());
        Optional<PlatformUser> user = users.signOn(
                claims.getIssuer().getValue(),
                claims.getSubject().getValue(),
                username,
                claim(claims, "name"),
                config.createAccounts());
        if (user.isEmpty()) {
            throw new SignOnRefused("uninvited", "no invited or active account for " + username);
        }
        checkOrganisation(user.get(), claims);
        return user.get();
    }

    private void checkOrganisation(PlatformUser user, IDTokenClaimsSet claims) throws SignOnRefused {
        if (config.organisationClaim().isBlank() || user.organisationId() == null) {
            return;
        }
        String cvr = claim(claims, config.organisationClaim());
        String expected =
                members.get(user.organisationId()).map(Organisation::cvr).orElse(null);
        if (cvr == null || !Objects.equals(cvr.strip(), expected)) {
            throw new SignOnRefused(
                    "organisation", "the provider names CVR " + cvr + ", the account acts for " + expected);
        }
    }

    private static String claim(IDTokenClaimsSet claims, String name) {
        if ("sub".equals(name)) {
            return claims.getSubject().getValue();
        }
        Object value = claims.getClaim(name);
        if (value instanceof List<?> list && !list.isEmpty()) {
            value = list.get(0);
        }
        return value == null ? null : value.toString();
    }

    private URI redirect(String base) {
        String root = config.publicUrl().isBlank() ? base : config.publicUrl().replaceAll("/+$", "");
        return URI.create(root + CALLBACK_PATH);
    }

    private void requireEnabled() throws SignOnRefused {
        if (!enabled()) {
            throw new SignOnRefused("off", "sign-on is not configured");
        }
    }

    private Provider provider() throws SignOnRefused {
        Provider p = provider;
        if (p != null) {
            return p;
        }
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(config.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL())
                    .retrying(true)
                    .build();
            // the provider's signature algorithms with a public key: never "none", never one keyed by the client secret
            Set<JWSAlgorithm> algorithms = new HashSet<>();
            if (metadata.getIDTokenJWSAlgs() != null) {
                metadata.getIDTokenJWSAlgs().stream()
                        .filter(a -> JWSAlgorithm.Family.SIGNATURE.contains(a))
                        .forEach(algorithms::add);
            }
            if (algorithms.isEmpty()) {
                algorithms.add(JWSAlgorithm.RS256);
            }
            p = new Provider(
                    metadata,
                    new IdTokenCheck(metadata.getIssuer(), new ClientID(config.clientId()), algorithms, keys));
            provider = p;
            return p;
        } catch (GeneralException | IOException e) {
            LOG.warn("Cannot read the OpenID provider's configuration from {}: {}", config.issuer(), e.getMessage());
            throw new SignOnRefused("provider", "cannot read the provider's configuration: " + e.getMessage());
        }
    }
}
