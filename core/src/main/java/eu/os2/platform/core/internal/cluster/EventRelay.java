package eu.os2.platform.core.internal.cluster;

import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.storage.PlatformStorage;
import eu.os2.platform.core.internal.cluster.EventRelayStore.StoredEvent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands platform events ({@code eu/os2/platform/...}) to the other nodes on the same database: an
 * event posted here is stored in {@code core_event}; every {@code pollMillis} this node reads what
 * the others stored in the last seconds and posts each event it has not seen, with
 * {@link EventTopics#PROPERTY_NODE} naming the node it came from. Relayed events are not relayed
 * again. Storing happens on the relay's own thread, so a slow database never holds up EventAdmin.
 * An event is relayed after its change committed; one posted by a node that dies at that moment
 * stays on that node.
 */
@Component(
        service = EventHandler.class,
        immediate = true,
        configurationPid = RelayConfig.PID,
        property = {
            EventConstants.EVENT_TOPIC + "=" + EventTopics.ROOT + "/*",
            EventConstants.EVENT_FILTER + "=(!(" + EventTopics.PROPERTY_NODE + "=*))"
        })
@Designate(ocd = RelayConfig.class)
public class EventRelay implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);

    /** How far back each read looks: longer than any insert takes from its id to its commit. */
    static final int WINDOW_SECONDS = 10;

    private static final long CLEAN_EVERY_MILLIS = TimeUnit.MINUTES.toMillis(1);

    private final EventRelayStore store;
    private final EventAdmin events;
    private final String node;
    private final int keepMinutes;
    // the ids already posted here with when they were read: kept a little longer than the window
    private final Map<Long, Long> seen = new LinkedHashMap<>();
    private final ScheduledExecutorService executor;
    private long lastClean;

    @Activate
    public EventRelay(@Reference PlatformStorage storage, @Reference EventAdmin events, RelayConfig config) {
        this(storage.dataSource(), events, NodeNames.thisNode(), config.keepMinutes());
        // what the other nodes posted before this start is theirs: a restarted relay does not post it again
        executor.execute(this::skipWindow);
        executor.scheduleWithFixedDelay(this::poll, config.pollMillis(), config.pollMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Platform events are shared with the other nodes on this database as node {}", node);
    }

    /** A relay that reads only when {@link #poll()} is called. */
    EventRelay(DataSource dataSource, EventAdmin events, String node, int keepMinutes) {
        this.store = new EventRelayStore(dataSource);
        this.events = events;
        this.node = node;
        this.keepMinutes = keepMinutes;
        ScheduledThreadPoolExecutor single = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "os2-event-relay");
            thread.setDaemon(true);
            return thread;
        });
        single.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = single;
    }

    @Deactivate
    void deactivate() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void handleEvent(Event event) {
        try {
            executor.execute(() -> store(event));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Relay stopping; {} stays on this node", event.getTopic());
        }
    }

    void store(Event event) {
        try {
            store.add(node, event.getTopic(), EventProperties.write(event));
        } catch (RuntimeException e) {
            LOG.warn("Event {} reaches only this node: {}", event.getTopic(), e.getMessage());
        }
    }

    /** Marks the events the other nodes stored in the window as seen, without posting them. */
    void skipWindow() {
        try {
            long now = System.currentTimeMillis();
            store.recentFromOthers(node, WINDOW_SECONDS).forEach(e -> seen.put(e.id(), now));
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the other nodes' events: {}", e.getMessage());
        }
    }

    /** Posts here what the other nodes stored and this node has not posted yet; deletes old rows now and then. */
    void poll() {
        try {
            long now = System.currentTimeMillis();
            for (StoredEvent stored : store.recentFromOthers(node, WINDOW_SECONDS)) {
                if (seen.putIfAbsent(stored.id(), now) == null) {
                    Map<String, Object> properties = new HashMap<>(EventProperties.read(stored.properties()));
                    properties.put(EventTopics.PROPERTY_NODE, stored.node());
                    events.postEvent(new Event(stored.topic(), properties));
                }
            }
            for (Iterator<Long> read = seen.values().iterator(); read.hasNext(); ) {
                if (now - read.next() > 3L * WINDOW_SECONDS * 1000) {
                    read.remove();
                } else {
                    break;
                }
            }
            if (now - lastClean > CLEAN_EVERY_MILLIS) {
                lastClean = now;
                store.deleteOlderThan(keepMinutes);
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next round reads the window again
            LOG.warn("Cannot read the other nodes' events: {}", e.getMessage());
        }
    }
}
