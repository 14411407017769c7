package eu.os2.platform.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Keeps the events a service posts or sends, in order, for assertions. */
public final class RecordingEventAdmin implements EventAdmin {

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }

    /** @return every event, oldest first */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** @return the topics of every event, oldest first */
    public List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }

    /** @return the first event on the topic */
    public Optional<Event> first(String topic) {
        return events.stream().filter(e -> e.getTopic().equals(topic)).findFirst();
    }
}
