package eu.os2.platform.core.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.testing.RecordingEventAdmin;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** Two nodes' relays on one database, each with its own EventAdmin. */
abstract class EventRelayContract {

    abstract DataSource newDatabase() throws Exception;

    private final RecordingEventAdmin onA = new RecordingEventAdmin();
    private final RecordingEventAdmin onB = new RecordingEventAdmin();
    private EventRelay a;
    private EventRelay b;

    @BeforeEach
    void twoNodes() throws Exception {
        DataSource database = newDatabase();
        a = new EventRelay(database, onA, "node-a", 10);
        b = new EventRelay(database, onB, "node-b", 10);
    }

    @Test
    void anEventPostedOnOneNodeIsPostedOnTheOtherWithItsNodeAndTypes() {
        a.store(new Event(
                EventTopics.MEMBER_UPDATED,
                Map.of(
                        EventTopics.PROPERTY_ID,
                        42L,
                        EventTopics.PROPERTY_ACTOR,
                        "secretariat",
                        "year",
                        2027,
                        "final",
                        true,
                        "share",
                        0.25,
                        "codes",
                        new String[] {"101", "147"},
                        "names",
                        List.of("Aarhus", "Odense"))));

        a.poll();
        assertThat(onA.events()).as("not back to the node that posted it").isEmpty();
        b.poll();

        assertThat(onB.events()).hasSize(1);
        Event relayed = onB.events().get(0);
        assertThat(relayed.getTopic()).isEqualTo(EventTopics.MEMBER_UPDATED);
        assertThat(relayed.getProperty(EventTopics.PROPERTY_NODE)).isEqualTo("node-a");
        assertThat(relayed.getProperty(EventTopics.PROPERTY_ID)).isEqualTo(42L);
        assertThat(relayed.getProperty(EventTopics.PROPERTY_ACTOR)).isEqualTo("secretariat");
        assertThat(relayed.getProperty("year")).isEqualTo(2027);
        assertThat(relayed.getProperty("final")).isEqualTo(true);
        assertThat(relayed.getProperty("share")).isEqualTo(0.25);
        assertThat((String[]) relayed.getProperty("codes")).containsExactly("101", "147");
        assertThat((String[]) relayed.getProperty("names")).containsExactly("Aarhus", "Odense");
    }

    @Test
    void aRelayThatStartsAgainDoesNotPostWhatWasPostedBeforeItsStart() throws Exception {
        a.store(new Event(EventTopics.MEMBER_CREATED, Map.of(EventTopics.PROPERTY_ID, 1L)));
        b.skipWindow(); // b starts
        a.store(new Event(EventTopics.MEMBER_CREATED, Map.of(EventTopics.PROPERTY_ID, 2L)));
        b.poll();

        assertThat(onB.events())
                .extracting(e -> e.getProperty(EventTopics.PROPERTY_ID))
                .containsExactly(2L);
    }

    @Test
    void eachEventIsPostedOnceInOrderHoweverOftenTheOtherNodeReads() {
        for (long id = 1; id <= 5; id++) {
            a.store(new Event(EventTopics.MEMBER_CREATED, Map.of(EventTopics.PROPERTY_ID, id)));
        }
        b.poll();
        b.poll();
        b.store(new Event(EventTopics.MEMBER_UPDATED, Map.of(EventTopics.PROPERTY_ID, 9L)));
        b.poll();
        a.poll();

        assertThat(onB.events())
                .extracting(e -> e.getProperty(EventTopics.PROPERTY_ID))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(onA.events()).extracting(Event::getTopic).containsExactly(EventTopics.MEMBER_UPDATED);
        assertThat(onA.events().get(0).getProperty(EventTopics.PROPERTY_NODE)).isEqualTo("node-b");
    }
}
