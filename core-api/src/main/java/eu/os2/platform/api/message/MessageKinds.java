package eu.os2.platform.api.message;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The kinds of message a bundle sends. Register an implementation as an OSGi service: the
 * platform lists its kinds where people choose what they receive, and {@link Outbox#enqueue}
 * accepts only registered kinds.
 *
 * @since 0.1.0
 */
@ConsumerType
public interface MessageKinds {

    /** @return the bundle's kinds; codes unique in the platform */
    List<MessageKind> kinds();
}
