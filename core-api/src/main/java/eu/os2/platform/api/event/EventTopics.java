package eu.os2.platform.api.event;

import java.util.regex.Pattern;

/**
 * OSGi EventAdmin topic conventions: {@code eu/os2/platform/<area>/<EVENT>}, e.g.
 * {@code eu/os2/platform/members/UPDATED}. Events carry at least {@link #PROPERTY_ID} and
 * {@link #PROPERTY_ACTOR}.
 *
 * <p>With several nodes on one database, every platform event posted on one node is delivered on
 * the others as well, a moment later (about half a second), carrying {@link #PROPERTY_NODE}. A
 * handler that changes shared data acts only on events without that property, so the change happens
 * once, on the node that posted the event; a handler that keeps something in its node's memory acts
 * on both.
 *
 * @since 0.1.0
 */
public final class EventTopics {

    // declared before the topics below: static fields initialise in order
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern EVENT = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** The root of every platform topic. */
    public static final String ROOT = "eu/os2/platform";

    /** An organisation was created. */
    public static final String MEMBER_CREATED = topic("members", "CREATED");

    /** An organisation was changed. */
    public static final String MEMBER_UPDATED = topic("members", "UPDATED");

    /** Event property: the id of the object concerned. */
    public static final String PROPERTY_ID = "id";

    /** Event property: the username of the person who caused the event. */
    public static final String PROPERTY_ACTOR = "actor";

    /**
     * Event property: the node the event was first posted on, present only when the event was
     * relayed from another node.
     *
     * @since 0.2.0
     */
    public static final String PROPERTY_NODE = "os2.node";

    private EventTopics() {}

    /**
     * @param area the plugin or platform area, lower-case, e.g. {@code "payments"}
     * @param event the event, upper-case, e.g. {@code "INVOICE_ISSUED"}
     * @return the topic
     * @throws IllegalArgumentException if a part breaks the convention
     */
    public static String topic(String area, String event) {
        if (!AREA.matcher(area).matches() || !EVENT.matcher(event).matches()) {
            throw new IllegalArgumentException(
                    "topic parts must be lower-case area and UPPER_CASE event: " + area + "/" + event);
        }
        return ROOT + "/" + area + "/" + event;
    }
}
