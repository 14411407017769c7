package eu.os2.platform.core.internal.message;

import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.api.time.PlatformClock;
import eu.os2.platform.core.internal.cluster.NodeNames;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what waits in the outbox, in the background. A node claims each message with a
 * compare-and-set update and a lease, so that two nodes on one database never both send it; a
 * claim left by a node that died is taken over when its lease ends. While the server cannot be
 * reached the messages wait (not counted as tries); a temporary refusal (4xx) is retried with
 * back-off; a permanent one (5xx, an unknown address) fails the message at once with the server's
 * answer; after the configured number of tries a message fails.
 */
@Component(service = OutboxSender.class, immediate = true, configurationPid = MailConfig.PID)
@Designate(ocd = MailConfig.class)
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    /** The messages claimed and sent over one connection. */
    static final int BATCH = 50;

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    static final Duration LAST_BACKOFF = Duration.ofHours(1);

    private final SendingStore store;
    private final PlatformClock clock;
    private final String node;
    private volatile MailSettings settings;
    private volatile ScheduledExecutorService executor;
    private volatile ScheduledFuture<?> next;
    // consecutive times the server could not be reached; reset when it can
    private volatile int unreachable;

    @Activate
    public OutboxSender(@Reference PlatformStorage storage, @Reference PlatformClock clock, MailConfig config) {
        this(storage.dataSource(), clock, MailSettings.of(config), NodeNames.thisNode());
        start();
    }

    /** A sender that runs only when told to ({@link #sendDue()}) or {@link #start() started}. */
    public OutboxSender(DataSource dataSource, PlatformClock clock, MailSettings settings, String node) {
        this.store = new SendingStore(eu.os2.platform.api.storage.Transactions.joining(dataSource));
        this.clock = clock;
        this.settings = settings;
        this.node = node;
    }

    /** Starts sending in the background. */
    public synchronized void start() {
        if (executor == null) {
            ScheduledThreadPoolExecutor single = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "os2-outbox-sender");
                thread.setDaemon(true);
                return thread;
            });
            // a stop waits for the round that runs, not for the next one
            single.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            executor = single;
            schedule(Duration.ZERO);
            LOG.info(
                    "Outbox sender {} started; {}",
                    node,
                    settings.sending()
                            ? "sending through " + settings.host() + ":" + settings.port()
                            : "sending is off (no host in etc/eu.os2.platform.mail.cfg)");
        }
    }

    /** A changed {@code etc/eu.os2.platform.mail.cfg} applies from the next round, without a restart. */
    @Modified
    void modified(MailConfig config) {
        settings(MailSettings.of(config));
    }

    /** Uses new settings from the next round on; a round is due at once. */
    public synchronized void settings(MailSettings changed) {
        settings = changed;
        unreachable = 0;
        if (executor != null) {
            if (next != null) {
                next.cancel(false);
            }
            schedule(Duration.ZERO);
        }
        LOG.info(
                "Mail settings changed; {}",
                changed.sending() ? "sending through " + changed.host() + ":" + changed.port() : "sending is off");
    }

    /** Stops sending; a message being sent is finished first or left to its lease. */
    @Deactivate
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                // a round in progress finishes its batch, so that its claims do not wait for their lease
                if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    // not synchronized: a round schedules the next one while stop() waits for it to end
    private void schedule(Duration delay) {
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            try {
                next = current.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // stopping
            }
        }
    }

    private void round() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Outbox round failed: {}", e.toString());
        } finally {
            schedule(settings.poll());
        }
    }

    /**
     * Sends every due message, batch by batch, until none is due or the server cannot be reached.
     *
     * @return how many messages the server took
     */
    public int sendDue() {
        MailSettings current = settings;
        if (!current.sending()) {
            return 0;
        }
        int sent = 0;
        while (!Thread.currentThread().isInterrupted()) {
            Instant now = clock.now();
            List<Long> ids = store.claim(node, now, now.plus(current.lease()), BATCH);
            if (ids.isEmpty()) {
                return sent;
            }
            int batch = sendBatch(current, store.claimed(ids));
            if (batch < 0) {
                return sent;
            }
            sent += batch;
        }
        return sent;
    }

    /** @return how many were sent, or -1 when the server could not be reached */
    private int sendBatch(MailSettings current, List<SendingStore.Claimed> batch) {
        SmtpMailer.Connection connection;
        try {
            connection = SmtpMailer.connect(current);
        } catch (MessagingException | RuntimeException e) {
            Duration wait = backoff(current.firstRetry(), unreachable++);
            LOG.warn(
                    "Mail server {}:{} cannot be reached ({}); {} messages wait {} s",
                    current.host(),
                    current.port(),
                    e.getMessage(),
                    batch.size(),
                    wait.toSeconds());
            Instant retry = clock.now().plus(wait);
            for (SendingStore.Claimed message : batch) {
                store.retry(message.id(), node, message.attempts(), retry, "server unreachable: " + e.getMessage());
            }
            return -1;
        }
        unreachable = 0;
        int sent = 0;
        try (connection) {
            for (int i = 0; i < batch.size(); i++) {
                SendingStore.Claimed message = batch.get(i);
                Instant now = clock.now();
                if (!store.renew(message.id(), node, now, now.plus(current.lease()))) {
                    LOG.warn(
                            "Message {}: the claim ran out and another node took it over; not sent here", message.id());
                    continue;
                }
                if (message.attempts() >= current.maxAttempts()) {
                    store.failed(
                            message.id(), node, message.attempts(), "gave up after " + message.attempts() + " tries");
                    continue;
                }
                SmtpMailer.Result result = connection.send(message, now);
                int attempts = message.attempts() + 1;
                switch (result.outcome()) {
                    case SENT -> {
                        store.sent(message.id(), node, attempts, now);
                        sent++;
                    }
                    case REFUSED -> {
                        LOG.warn("Message {} to {} refused: {}", message.id(), message.address(), result.answer());
                        store.failed(message.id(), node, attempts, result.answer());
                    }
                    case TEMPORARY -> {
                        if (attempts >= current.maxAttempts()) {
                            store.failed(
                                    message.id(),
                                    node,
                                    attempts,
                                    "gave up after " + attempts + " tries: " + result.answer());
                        } else {
                            store.retry(
                                    message.id(),
                                    node,
                                    attempts,
                                    now.plus(backoff(current.firstRetry(), attempts - 1)),
                                    result.answer());
                        }
                    }
                    case CONNECTION -> {
                        // the connection broke while this message was sent: it counts a try (a message that
                        // makes the server drop the connection is not retried for ever); the rest wait
                        Instant retry = now.plus(backoff(current.firstRetry(), unreachable++));
                        if (attempts >= current.maxAttempts()) {
                            store.failed(
                                    message.id(),
                                    node,
                                    attempts,
                                    "gave up after " + attempts + " tries: " + result.answer());
                        } else {
                            store.retry(message.id(), node, attempts, retry, result.answer());
                        }
                        for (SendingStore.Claimed rest : batch.subList(i + 1, batch.size())) {
                            store.retry(rest.id(), node, rest.attempts(), retry, result.answer());
                        }
                        return sent;
                    }
                }
            }
        }
        return sent;
    }

    /** @return {@code first} after the first failure, doubling, at most an hour */
    static Duration backoff(Duration first, int failuresBefore) {
        Duration wait = first;
        for (int i = 0; i < failuresBefore && wait.compareTo(LAST_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LAST_BACKOFF) > 0 ? LAST_BACKOFF : wait;
    }

    /** @return this node's name in claims */
    public String node() {
        return node;
    }
}
