package eu.os2.platform.api.initiative;

import eu.os2.platform.api.ref.PlatformRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A strategic initiative with its milestones.
 *
 * @param id platform id; {@code PlatformRef.of(PlatformRef.INITIATIVE, id)} refers to it
 * @param periodId the strategy period it belongs to
 * @param titleDa Danish title
 * @param titleEn English title
 * @param descriptionDa Danish description, may be empty
 * @param descriptionEn English description, may be empty
 * @param ownerOrganisationId the owning member organisation, or {@code null} when the association
 *     itself (its secretariat) owns it
 * @param responsible the responsible person
 * @param start first day, inside the period
 * @param end last day, inside the period
 * @param weight its share of the period's progress, positive
 * @param missionPoints ids of the {@link MissionPoint}s it serves
 * @param status an {@link InitiativeStatus} id
 * @param completionNote why a done initiative still has milestones that are not done; may be empty
 * @param progress the milestones' progress weighted by their weight, 0.0–100.0, one decimal; the
 *     status's default when there are no milestones
 * @param milestones in due-date order
 * @param links references to other platform objects or web pages
 * @param version the optimistic-locking version (the ETag)
 * @param updatedAt when it was last changed
 * @since 0.1.0
 */
public record Initiative(
        long id,
        long periodId,
        String titleDa,
        String titleEn,
        String descriptionDa,
        String descriptionEn,
        Long ownerOrganisationId,
        String responsible,
        LocalDate start,
        LocalDate end,
        int weight,
        List<String> missionPoints,
        String status,
        String completionNote,
        BigDecimal progress,
        List<Milestone> milestones,
        List<PlatformRef> links,
        long version,
        Instant updatedAt) {

    public Initiative {
        missionPoints = List.copyOf(missionPoints);
        milestones = List.copyOf(milestones);
        links = List.copyOf(links);
    }

    /** @return the stable reference to this initiative */
    public PlatformRef ref() {
        return PlatformRef.of(PlatformRef.INITIATIVE, id);
    }
}
