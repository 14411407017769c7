package eu.os2.platform.web.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration of login and sessions, PID {@code eu.os2.platform.web}. The session settings are also read by core's session store. */
@ObjectClassDefinition(name = "OS2 platform web console", description = "Login, sessions, cookies and reverse proxies")
public @interface WebConfig {

    @AttributeDefinition(name = "Idle timeout (minutes)", min = "1")
    int session_idleMinutes() default 30;

    @AttributeDefinition(name = "Absolute session lifetime (hours)", min = "1")
    int session_absoluteHours() default 10;

    @AttributeDefinition(
            name = "Sessions per user",
            description = "A further login ends the user's oldest session",
            min = "1")
    int session_maxPerUser() default 5;

    @AttributeDefinition(
            name = "Secure cookie",
            description =
                    "auto: when the request arrived over HTTPS (directly or per X-Forwarded-Proto from a trusted proxy)",
            options = {
                @Option(value = "auto", label = "auto"),
                @Option(value = "always", label = "always"),
                @Option(value = "never", label = "never")
            })
    String cookie_secure() default "auto";

    @AttributeDefinition(
            name = "Password login",
            description = "Off: people sign on only through the identity provider (etc/eu.os2.platform.oidc.cfg)")
    boolean login_password() default true;

    @AttributeDefinition(
            name = "Failed logins before throttling",
            description = "Per account and client address",
            min = "1")
    int login_freeFailures() default 5;

    @AttributeDefinition(name = "Longest lock after failed logins (seconds)", min = "1")
    int login_maxLockSeconds() default 900;

    @AttributeDefinition(
            name = "Failed logins per client address and hour",
            description = "Across all accounts; a success does not reset it",
            min = "1")
    int login_addressFailuresPerHour() default 30;

    @AttributeDefinition(
            name = "Trusted reverse proxies",
            description = "Addresses or CIDR ranges whose X-Forwarded-For and X-Forwarded-Proto are believed",
            required = false)
    String[] proxies_trusted() default {};

    @AttributeDefinition(
            name = "Largest request body (KiB)",
            description = "A larger body to the REST API is refused with 413 before it is read",
            min = "16")
    int request_maxBodyKilobytes() default 4096;
}
