package eu.os2.platform.web.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration of login and sessions, PID {@code eu.os2.platform.web}. */
@ObjectClassDefinition(name = "OS2 platform web console", description = "Login, sessions and cookies")
public @interface WebConfig {

    @AttributeDefinition(name = "Idle timeout (minutes)", min = "1")
    int session_idleMinutes() default 30;

    @AttributeDefinition(name = "Absolute session lifetime (hours)", min = "1")
    int session_absoluteHours() default 10;

    @AttributeDefinition(name = "Secure cookie", description = "auto: when the request arrived over HTTPS (directly or per X-Forwarded-Proto)",
            options = {@Option(value = "auto", label = "auto"), @Option(value = "always", label = "always"), @Option(value = "never", label = "never")})
    String cookie_secure() default "auto";

    @AttributeDefinition(name = "Failed logins before throttling", min = "1")
    int login_freeFailures() default 5;

    @AttributeDefinition(name = "Longest lock after failed logins (seconds)", min = "1")
    int login_maxLockSeconds() default 900;
}
