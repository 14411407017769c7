package eu.os2.platform.api.initiative;

import eu.os2.platform.api.audit.AuditEntry;
import eu.os2.platform.api.event.EventTopics;
import eu.os2.platform.api.ref.PlatformRef;
import eu.os2.platform.api.user.PlatformUser;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * OS2's strategy: periods, initiatives, milestones and progress updates. Implemented by the
 * initiatives plugin; any bundle may read it and link to initiatives by {@link PlatformRef}.
 *
 * <p>Changes check their input and throw {@link eu.os2.platform.api.validation.ValidationException}
 * with field errors, refuse a stale version with
 * {@link eu.os2.platform.api.storage.ConcurrentChangeException}, and throw
 * {@link java.util.NoSuchElementException} for an unknown id. Every change is written to the
 * audit log and published on EventAdmin under the topics below. Whether the actor may make a
 * change is the caller's check (the REST API lets the secretariat and administrators change).
 *
 * @since 0.1.0
 */
@ProviderType
public interface InitiativeService {

    /** Topic: an initiative was created. Properties: id, actor, periodId, status, progress. */
    String TOPIC_CREATED = EventTopics.topic("initiatives", "CREATED");
    /** Topic: an initiative's fields or milestones changed. Properties: id, actor, periodId, status, progress. */
    String TOPIC_UPDATED = EventTopics.topic("initiatives", "UPDATED");
    /** Topic: an initiative's status changed. Properties: id, actor, periodId, status, previousStatus, progress. */
    String TOPIC_STATUS_CHANGED = EventTopics.topic("initiatives", "STATUS_CHANGED");
    /** Topic: an initiative's rolled-up progress changed. Properties: id, actor, periodId, status, progress, previousProgress. */
    String TOPIC_PROGRESS_CHANGED = EventTopics.topic("initiatives", "PROGRESS_CHANGED");
    /** Topic: a progress update was posted. Properties: id (the initiative), actor, periodId, status, progress, updateId. */
    String TOPIC_UPDATE_POSTED = EventTopics.topic("initiatives", "UPDATE_POSTED");
    /** Topic: a strategy period was created or changed. Properties: id, actor. */
    String TOPIC_PERIOD_CHANGED = EventTopics.topic("initiatives", "PERIOD_CHANGED");

    /** @return the configured statuses, in their configured order */
    List<InitiativeStatus> statuses();

    /** @return OS2's mission points */
    List<MissionPoint> missionPoints();

    /** @return every strategy period, the latest start first */
    List<StrategyPeriod> periods();

    /** @return the period, if it exists */
    Optional<StrategyPeriod> period(long id);

    /** @return the period the strategy page shows: the one covering today, else the latest that started, else the first planned */
    Optional<StrategyPeriod> currentPeriod();

    /** Creates a strategy period. */
    StrategyPeriod createPeriod(PeriodChange change, PlatformUser actor);

    /** Changes a strategy period whose version is {@code expectedVersion}; its initiatives must stay inside it. */
    StrategyPeriod updatePeriod(long id, long expectedVersion, PeriodChange change, PlatformUser actor);

    /** @return initiatives matching the query */
    InitiativePage search(InitiativeQuery query);

    /** @return the initiative with its milestones, if it exists */
    Optional<Initiative> get(long id);

    /** @return the initiative a reference of type {@link PlatformRef#INITIATIVE} points to, if it exists */
    Optional<Initiative> resolve(PlatformRef ref);

    /** @return the initiatives that link to the given object */
    List<Initiative> linkingTo(PlatformRef target);

    /** Creates an initiative with its milestones. */
    Initiative create(InitiativeChange change, PlatformUser actor);

    /** Changes an initiative whose version is {@code expectedVersion}, milestones included. */
    Initiative update(long id, long expectedVersion, InitiativeChange change, PlatformUser actor);

    /**
     * Posts a dated progress update, optionally changing the initiative's status: status change
     * and update are stored together or not at all.
     *
     * @param expectedVersion the initiative's version the poster saw, or {@code null} to post
     *     regardless (allowed only without a status change)
     * @return the stored update
     */
    ProgressUpdate postUpdate(long initiativeId, Long expectedVersion, NewProgressUpdate update, PlatformUser actor);

    /** @return the initiative's progress updates, the newest date first */
    List<ProgressUpdate> updates(long initiativeId);

    /** @return the audit trail of the initiative, the newest first, at most {@code limit} */
    List<AuditEntry> history(long initiativeId, int limit);
}
