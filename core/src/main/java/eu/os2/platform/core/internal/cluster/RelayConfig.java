package eu.os2.platform.core.internal.cluster;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The event relay between nodes on one database, {@code etc/eu.os2.platform.cluster.cfg}. */
@ObjectClassDefinition(
        name = "OS2 nodes on one database",
        description = "How platform events posted on one node reach the other nodes sharing the database.")
public @interface RelayConfig {

    String PID = "eu.os2.platform.cluster";

    @AttributeDefinition(
            name = "Poll interval (ms)",
            description = "How often a node reads the events other nodes posted.",
            min = "50",
            max = "60000")
    int pollMillis() default 500;

    @AttributeDefinition(
            name = "Keep events (minutes)",
            description = "How long a relayed event stays in the database before it is deleted.",
            min = "1",
            max = "1440")
    int keepMinutes() default 10;
}
