package eu.os2.platform.core.internal.message;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail configuration, checked.
 *
 * @param host the SMTP server; empty when sending is off
 * @param port its port
 * @param security {@code none}, {@code starttls} or {@code tls}
 * @param username the login, empty for none
 * @param password its password
 * @param from the sender address
 * @param replyTo the Reply-To address, empty for none
 * @param consoleUrl the console's address, ending in '/'
 * @param poll how often the sender looks for due messages
 * @param lease how long a claim lasts
 * @param maxAttempts tries before a message fails
 * @param connectTimeout connecting to the server
 * @param readTimeout waiting for its answer
 * @param firstRetry the wait before the first retry, doubling with each failure to at most an hour
 */
public record MailSettings(
        String host,
        int port,
        String security,
        String username,
        String password,
        String from,
        String replyTo,
        String consoleUrl,
        Duration poll,
        Duration lease,
        int maxAttempts,
        Duration connectTimeout,
        Duration readTimeout,
        Duration firstRetry) {

    /** Normalises the values. */
    public MailSettings {
        host = host == null ? "" : host.strip();
        security = security == null || security.isBlank()
                ? "starttls"
                : security.strip().toLowerCase(Locale.ROOT);
        if (!security.equals("none") && !security.equals("starttls") && !security.equals("tls")) {
            throw new IllegalArgumentException("security is none, starttls or tls: " + security);
        }
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        from = from == null || from.isBlank() ? "" : from.strip();
        replyTo = replyTo == null ? "" : replyTo.strip();
        consoleUrl = consoleUrl == null || consoleUrl.isBlank() ? "http://localhost:8181/console/" : consoleUrl.strip();
        if (!consoleUrl.endsWith("/")) {
            consoleUrl = consoleUrl + "/";
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstRetry == null || firstRetry.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("firstRetrySeconds must be at least 1");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MailSettings.class);

    /**
     * @return the settings of the configuration; a wrong value (e.g. a misspelt {@code security})
     *     turns sending off and is logged, so that a typo in the file never stops the platform or
     *     any change that writes a message: the messages wait in the outbox until it is corrected
     */
    public static MailSettings of(MailConfig config) {
        MailSettings settings;
        try {
            settings = strict(config);
        } catch (IllegalArgumentException e) {
            LOG.error("etc/eu.os2.platform.mail.cfg: {}; sending is off until it is corrected", e.getMessage());
            return new MailSettings(
                    "",
                    config.port(),
                    "starttls",
                    "",
                    "",
                    config.from(),
                    config.replyTo(),
                    config.consoleUrl(),
                    Duration.ofSeconds(Math.max(1, config.pollSeconds())),
                    Duration.ofSeconds(Math.max(10, config.leaseSeconds())),
                    Math.max(1, config.maxAttempts()),
                    Duration.ofSeconds(Math.max(1, config.connectTimeoutSeconds())),
                    Duration.ofSeconds(Math.max(1, config.readTimeoutSeconds())),
                    Duration.ofSeconds(Math.max(1, config.firstRetrySeconds())));
        }
        if (settings.security().equals("none") && !settings.username().isEmpty()) {
            LOG.warn("etc/eu.os2.platform.mail.cfg: security = none with a username sends the SMTP login unencrypted");
        }
        return settings;
    }

    private static MailSettings strict(MailConfig config) {
        return new MailSettings(
                config.host(),
                config.port(),
                config.security(),
                config.username(),
                config.password(),
                config.from(),
                config.replyTo(),
                config.consoleUrl(),
                Duration.ofSeconds(Math.max(1, config.pollSeconds())),
                Duration.ofSeconds(Math.max(10, config.leaseSeconds())),
                config.maxAttempts(),
                Duration.ofSeconds(Math.max(1, config.connectTimeoutSeconds())),
                Duration.ofSeconds(Math.max(1, config.readTimeoutSeconds())),
                Duration.ofSeconds(config.firstRetrySeconds()));
    }

    /** @return plain SMTP without login on a port, for tests and local servers */
    public static MailSettings plain(String host, int port) {
        return new MailSettings(
                host,
                port,
                "none",
                "",
                "",
                "OS2 <noreply@os2.example>",
                "",
                "http://localhost:8181/console/",
                Duration.ofSeconds(2),
                Duration.ofSeconds(300),
                10,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                OutboxSender.FIRST_BACKOFF);
    }

    /** The password never appears in a log line or an exception. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", password=" + (password.isEmpty() ? "" : "***") + ", from=" + from + ", replyTo=" + replyTo
                + ", consoleUrl=" + consoleUrl + ", poll=" + poll + ", lease=" + lease + ", maxAttempts="
                + maxAttempts + ", firstRetry=" + firstRetry + "]";
    }

    /** @return whether a server is configured */
    public boolean sending() {
        return !host.isEmpty();
    }

    /** @return the sender address: the configured one, else noreply at the server's host */
    public String sender() {
        return from.isEmpty() ? "noreply@" + (host.isEmpty() ? "localhost" : host) : from;
    }

    /** @return the domain the Message-IDs are made in: the sender address's domain */
    public String messageIdDomain() {
        try {
            String address = new InternetAddress(sender()).getAddress();
            int at = address == null ? -1 : address.lastIndexOf('@');
            if (at >= 0 && at < address.length() - 1) {
                return address.substring(at + 1);
            }
        } catch (AddressException e) {
            // a wrong from address is reported when sending
        }
        return "os2-platform.invalid";
    }

    /** @return these settings with another poll interval and lease, e.g. for a benchmark */
    public MailSettings withTiming(Duration poll, Duration lease, int maxAttempts) {
        return new MailSettings(
                host,
                port,
                security,
                username,
                password,
                from,
                replyTo,
                consoleUrl,
                poll,
                lease,
                maxAttempts,
                connectTimeout,
                readTimeout,
                firstRetry);
    }
}
