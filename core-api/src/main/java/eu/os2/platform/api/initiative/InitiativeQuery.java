package eu.os2.platform.api.initiative;

/**
 * Filters and paging for {@link InitiativeService#search(InitiativeQuery)}; a {@code null} filter
 * matches everything.
 *
 * @param periodId only this period's initiatives
 * @param status only initiatives with this status id
 * @param ownerOrganisationId only initiatives this organisation owns
 * @param offset how many to skip, at least 0
 * @param limit how many to return, 1–{@value #MAX_LIMIT}
 * @since 0.1.0
 */
public record InitiativeQuery(Long periodId, String status, Long ownerOrganisationId, int offset, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 200;

    /** @throws IllegalArgumentException if offset or limit is out of range */
    public InitiativeQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1-" + MAX_LIMIT);
        }
    }
}
