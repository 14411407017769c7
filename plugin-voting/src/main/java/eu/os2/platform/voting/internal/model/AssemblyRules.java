package eu.os2.platform.voting.internal.model;

import eu.os2.platform.api.voting.AssemblyKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statutes' dates and deadlines for an assembly, as field → code; a statute code
 * ({@code statutes.notice}) names the provision that is broken, and {@link Statute} has its text.
 */
public final class AssemblyRules {

    private AssemblyRules() {}

    /** The longest place (the column's length). */
    public static final int PLACE_LENGTH = 200;

    /**
     * The call's own fields beside the statutes' dates: a place that fits, and dates that lie ahead.
     *
     * @param heldAt when it is held, or null (reported by {@link #check})
     * @param calledOn the call's date, or null
     * @param now the time now, in the platform's zone
     * @return field → code: {@code too-long}, {@code in-the-past}
     */
    public static Map<String, String> ahead(String place, LocalDateTime heldAt, LocalDate calledOn, LocalDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (place != null && place.strip().length() > PLACE_LENGTH) {
            errors.put("place", "too-long");
        }
        if (heldAt != null && heldAt.isBefore(now)) {
            errors.put("heldAt", "in-the-past");
        }
        if (calledOn != null && calledOn.isBefore(now.toLocalDate())) {
            errors.put("calledOn", "in-the-past");
        }
        return errors;
    }

    /**
     * @param kind ordinary or extraordinary
     * @param heldAt when the assembly is held
     * @param calledOn the day the notice goes out
     * @param proposalsDue the last day for members' proposals
     * @param materialDue the last day for sending the material
     * @return the errors, empty when the statutes allow the dates
     */
    public static Map<String, String> check(
            AssemblyKind kind,
            String title,
            LocalDateTime heldAt,
            LocalDate calledOn,
            LocalDate proposalsDue,
            LocalDate materialDue) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "required");
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "required");
        } else if (title.length() > 200) {
            errors.put("title", "too-long");
        }
        if (heldAt == null) {
            errors.put("heldAt", "required");
        }
        if (calledOn == null) {
            errors.put("calledOn", "required");
        }
        if (proposalsDue == null) {
            errors.put("proposalsDue", "required");
        }
        if (materialDue == null) {
            errors.put("materialDue", "required");
        }
        if (!errors.isEmpty() || kind == null) {
            return errors;
        }
        LocalDate held = heldAt.toLocalDate();
        if (held.getYear() < 2000 || held.getYear() > 2100) {
            errors.put("heldAt", "out-of-range");
            return errors;
        }
        if (kind == AssemblyKind.ORDINARY) {
            if (held.getMonth() != Month.APRIL && held.getMonth() != Month.MAY) {
                errors.put("heldAt", Statute.ORDINARY_MONTHS.code());
            }
            if (calledOn.isAfter(held.minusMonths(1))) {
                errors.put("calledOn", Statute.NOTICE.code());
            }
        } else {
            if (calledOn.isAfter(held.minusDays(14))) {
                errors.put("calledOn", Statute.EXTRAORDINARY_NOTICE.code());
            } else if (held.isAfter(calledOn.plusWeeks(4))) {
                errors.put("heldAt", Statute.EXTRAORDINARY_WITHIN.code());
            }
        }
        if (proposalsDue.isAfter(held.minusWeeks(2))) {
            errors.put("proposalsDue", Statute.PROPOSALS_DUE.code());
        } else if (proposalsDue.isBefore(calledOn)) {
            errors.put("proposalsDue", "before-call");
        }
        if (materialDue.isAfter(held.minusDays(8))) {
            errors.put("materialDue", Statute.MATERIAL_DUE.code());
        } else if (materialDue.isBefore(proposalsDue)) {
            errors.put("materialDue", "before-proposals");
        }
        return errors;
    }
}
