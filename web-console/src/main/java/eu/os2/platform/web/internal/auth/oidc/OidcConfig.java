package eu.os2.platform.web.internal.auth.oidc;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Sign-on through an OpenID Connect provider, PID {@code eu.os2.platform.oidc}. */
@ObjectClassDefinition(
        name = "OS2 platform sign-on (OpenID Connect)",
        description = "Authorization code flow with PKCE against one OpenID provider, e.g. a broker for MitID Erhverv")
public @interface OidcConfig {

    @AttributeDefinition(name = "Enabled")
    boolean enabled() default false;

    @AttributeDefinition(
            name = "Issuer URL",
            description = "The provider's issuer; its /.well-known/openid-configuration is read",
            required = false)
    String issuer() default "";

    @AttributeDefinition(name = "Client id", required = false)
    String clientId() default "";

    @AttributeDefinition(name = "Client secret", type = AttributeType.PASSWORD, required = false)
    String clientSecret() default "";

    @AttributeDefinition(name = "Scopes")
    String scopes() default "openid email profile";

    @AttributeDefinition(
            name = "Claim that names the user",
            description =
                    "email: matched with the invited e-mail address; sub: the provider's subject is the login name")
    String usernameClaim() default "email";

    @AttributeDefinition(
            name = "Claim with the organisation's CVR",
            description = "When set, it must match the CVR of the organisation the account acts for",
            required = false)
    String organisationClaim() default "";

    @AttributeDefinition(name = "Button label", description = "Shown as \"Log ind med <label>\"")
    String label() default "MitID Erhverv";

    @AttributeDefinition(
            name = "Make accounts for people without one",
            description = "Off: only invited people can sign on. On: others get a viewer account")
    boolean createAccounts() default false;

    @AttributeDefinition(
            name = "Public address",
            description =
                    "The platform's address as users reach it, e.g. https://platform.os2.eu; empty: taken from each request",
            required = false)
    String publicUrl() default "";
}
