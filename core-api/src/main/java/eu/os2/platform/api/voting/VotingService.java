package eu.os2.platform.api.voting;

import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.ref.PlatformRef;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * General assemblies and their decisions, implemented by the voting plugin. Other bundles read
 * assemblies and decisions and link to a decision with {@code decision:<ballot id>}.
 *
 * @since 0.1.0
 */
@ProviderType
public interface VotingService {

    /** Topic: an assembly was called or changed. Properties: id, actor. */
    String TOPIC_ASSEMBLY_CHANGED = EventTopics.topic("voting", "ASSEMBLY_CHANGED");
    /** Topic: a ballot opened. Properties: id (the ballot), assemblyId, actor. */
    String TOPIC_BALLOT_OPENED = EventTopics.topic("voting", "BALLOT_OPENED");
    /** Topic: a ballot closed with its result. Properties: id, assemblyId, actor, passed, summary. */
    String TOPIC_BALLOT_CLOSED = EventTopics.topic("voting", "BALLOT_CLOSED");
    /** Topic: a third of the voting members asked for an extraordinary assembly. Properties: requests, votingMembers. */
    String TOPIC_EXTRAORDINARY_REQUIRED = EventTopics.topic("voting", "EXTRAORDINARY_REQUIRED");
    /** Topic: an assembly's minutes were published. Properties: id, actor. */
    String TOPIC_MINUTES_PUBLISHED = EventTopics.topic("voting", "MINUTES_PUBLISHED");

    /** @return every assembly, the latest first */
    List<Assembly> assemblies();

    /** @return the assembly, if it exists */
    Optional<Assembly> assembly(long id);

    /** @return every decision of the closed ballots, newest first */
    List<Decision> decisions();

    /** @return the decision a reference of type {@link PlatformRef#DECISION} with a ballot id points to, if any */
    Optional<Decision> decision(PlatformRef ref);
}
