package eu.os2.platform.api.voting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A general assembly.
 *
 * @param id stable identifier
 * @param kind ordinary or extraordinary
 * @param title e.g. "Ordinær generalforsamling 2025"
 * @param heldAt when it is held (Copenhagen local time)
 * @param place where (or the online meeting)
 * @param calledOn the day the notice went out
 * @param proposalsDue the last day members may send proposals
 * @param materialDue the last day the material must be sent to the members
 * @param ruleSet the id of the rule-set version that applies (the one in force when it was called)
 * @param minutesPublishedOn the day the minutes were published, or {@code null}
 * @param version optimistic-locking version
 * @since 0.1.0
 */
public record Assembly(
        long id,
        AssemblyKind kind,
        String title,
        LocalDateTime heldAt,
        String place,
        LocalDate calledOn,
        LocalDate proposalsDue,
        LocalDate materialDue,
        String ruleSet,
        LocalDate minutesPublishedOn,
        long version) {}
