package eu.os2.platform.api.member;

import eu.os2.platform.api.user.PlatformUser;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The member directory. Implemented by the platform core; read by every plugin (payments reads
 * tiers, voting reads voting rights) and edited by the secretariat.
 *
 * <p>Every change is validated as a whole ({@link MemberValidationException} lists every field in
 * error and nothing is stored), versioned for optimistic locking, and written to the audit log
 * with the acting user.
 *
 * @since 0.1.0
 */
@ProviderType
public interface MemberService {

    /** @return the organisation with this id, if any */
    Optional<Organisation> get(long id);

    /** @return the organisation with this CVR number, if any */
    Optional<Organisation> findByCvr(String cvr);

    /** @return one page of organisations matching the query, ordered by name */
    MemberPage search(MemberQuery query);

    /** @return every organisation that currently holds a vote (one per member organisation) */
    List<Organisation> votingMembers();

    /**
     * Creates an organisation.
     *
     * @param change the fields
     * @param actor the person making the change
     * @return the stored organisation
     * @throws MemberValidationException if a field is invalid or the CVR is taken
     */
    Organisation create(OrganisationChange change, PlatformUser actor);

    /**
     * Replaces an organisation's fields.
     *
     * @param id the organisation
     * @param expectedVersion the version the editor saw
     * @param change the new fields
     * @param actor the person making the change
     * @return the stored organisation with a new version
     * @throws java.util.NoSuchElementException if there is no such organisation
     * @throws eu.os2.platform.api.storage.ConcurrentChangeException if someone changed it since
     *     {@code expectedVersion}
     * @throws MemberValidationException if a field is invalid
     */
    Organisation update(long id, long expectedVersion, OrganisationChange change, PlatformUser actor);
}
