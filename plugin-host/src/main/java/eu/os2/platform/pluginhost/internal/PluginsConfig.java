package eu.os2.platform.pluginhost.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** How the platform checks partner plugins, from {@code etc/eu.os2.platform.plugins.cfg}. */
@ObjectClassDefinition(name = "OS2 partner plugins", description = "Trust and roll-back of partner plugins")
public @interface PluginsConfig {

    /** The configuration PID. */
    String PID = "eu.os2.platform.plugins";

    @AttributeDefinition(
            name = "Trust mode",
            description = "off: no check (development); warn: untrusted plugins run with a warning;"
                    + " enforce: untrusted plugins are refused (production)",
            options = {
                @Option(value = "off", label = "off"),
                @Option(value = "warn", label = "warn"),
                @Option(value = "enforce", label = "enforce")
            })
    String trust_mode() default "enforce";

    @AttributeDefinition(
            name = "Truststore",
            description = "A PKCS12 file with the certificates of trusted plugin signers")
    String trust_truststore() default "${karaf.etc}/os2-plugin-truststore.p12";

    @AttributeDefinition(
            name = "Truststore password",
            type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String trust_truststorePassword() default "";

    @AttributeDefinition(
            name = "Allow-list",
            description = "A text file with lines '<symbolic name> <sha-256 of the jar>'; # starts a comment")
    String trust_allowList() default "${karaf.etc}/os2-plugin-allowlist.txt";

    @AttributeDefinition(
            name = "Settle seconds",
            description = "How long a partner bundle must run with every component active before its jar"
                    + " is kept as the last good version, and how long an update has to prove itself")
    int rollback_settleSeconds() default 10;
}
