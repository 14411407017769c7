package eu.os2.platform.api.initiative;

import eu.os2.platform.api.ref.PlatformRef;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of an initiative someone creates or edits, milestones included: an edit replaces the
 * whole list (milestones sent with an id are kept and changed, those left out are removed). The
 * progress is not among the fields: it is computed.
 *
 * @param periodId an existing strategy period
 * @param titleDa 1–200 characters
 * @param titleEn 1–200 characters
 * @param descriptionDa up to 4000 characters, may be {@code null}
 * @param descriptionEn up to 4000 characters, may be {@code null}
 * @param ownerOrganisationId an existing organisation, or {@code null} for the association itself
 * @param responsible 1–200 characters
 * @param start inside the period
 * @param end inside the period, not before {@code start}
 * @param weight 1–1000
 * @param missionPoints known {@link MissionPoint} ids, may be empty
 * @param status an {@link InitiativeStatus} id
 * @param completionNote required when the status is done and a milestone is not
 * @param milestones at most 50
 * @param links at most 20
 * @since 0.1.0
 */
public record InitiativeChange(
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
        List<MilestoneChange> milestones,
        List<PlatformRef> links) {

    public InitiativeChange {
        missionPoints = missionPoints == null ? List.of() : List.copyOf(missionPoints);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
