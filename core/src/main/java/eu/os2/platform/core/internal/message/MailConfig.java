package eu.os2.platform.core.internal.message;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** {@code etc/eu.os2.platform.mail.cfg}: the SMTP server messages go out through. */
@ObjectClassDefinition(
        name = "OS2 platform mail",
        description = "The SMTP server the outbox sends through; sending is off while the host is empty")
public @interface MailConfig {

    /** The configuration's PID. */
    String PID = "eu.os2.platform.mail";

    @AttributeDefinition(
            name = "SMTP host",
            description = "Empty: sending is off and messages wait in the outbox",
            required = false)
    String host() default "";

    @AttributeDefinition(name = "SMTP port", min = "1", max = "65535")
    int port() default 587;

    @AttributeDefinition(
            name = "Security",
            options = {
                @Option(value = "none", label = "None (plain SMTP)"),
                @Option(value = "starttls", label = "STARTTLS (required)"),
                @Option(value = "tls", label = "TLS from the start (SMTPS)")
            })
    String security() default "starttls";

    @AttributeDefinition(name = "User name", description = "Empty: no login", required = false)
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(name = "From", description = "e.g. OS2 <noreply@os2.eu>", required = false)
    String from() default "";

    @AttributeDefinition(name = "Reply-To", description = "Empty: none", required = false)
    String replyTo() default "";

    @AttributeDefinition(name = "Console URL", description = "The console's address as recipients reach it")
    String consoleUrl() default "http://localhost:8181/console/";

    @AttributeDefinition(name = "Poll interval (seconds)", min = "1")
    int pollSeconds() default 2;

    @AttributeDefinition(
            name = "Lease (seconds)",
            description = "How long a node's claim on a message lasts",
            min = "10")
    int leaseSeconds() default 300;

    @AttributeDefinition(name = "Tries", description = "Tries before a message is marked failed", min = "1")
    int maxAttempts() default 10;

    @AttributeDefinition(
            name = "First retry (seconds)",
            description = "Wait before the first retry while the server cannot be reached or refuses for now;"
                    + " it doubles with each failure, to at most an hour",
            min = "1")
    int firstRetrySeconds() default 30;

    @AttributeDefinition(name = "Connect timeout (seconds)", min = "1")
    int connectTimeoutSeconds() default 20;

    @AttributeDefinition(name = "Read timeout (seconds)", min = "1")
    int readTimeoutSeconds() default 60;
}
