package eu.os2.platform.core.internal.member;

import eu.os2.platform.api.member.Membership;
import eu.os2.platform.api.member.OrganisationChange;
import eu.os2.platform.api.member.OrganisationKind;
import eu.os2.platform.api.member.SizeTier;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules an organisation's fields must follow. Returns every broken rule at once, keyed by
 * field, so a form can show them all.
 */
public final class OrganisationRules {

    /** OS2 was founded in 2012; no membership starts before its first year. */
    static final LocalDate EARLIEST_JOIN = LocalDate.of(2012, 1, 1);

    private OrganisationRules() {}

    /**
     * @param change the fields to check
     * @param today today's date, to refuse memberships that start more than a year ahead
     * @return field name to error code; empty when the change is valid
     */
    public static Map<String, String> check(OrganisationChange change, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (change.cvr() == null || change.cvr().isBlank()) {
            errors.put("cvr", "required");
        } else if (!change.cvr().matches("[0-9]{8}")) {
            errors.put("cvr", "format");
        } else if (!Identifiers.isValidCvr(change.cvr())) {
            errors.put("cvr", "checksum");
        }
        if (change.ean() != null && !change.ean().isBlank()) {
            if (!change.ean().matches("[0-9]{13}")) {
                errors.put("ean", "format");
            } else if (!Identifiers.isValidEan(change.ean())) {
                errors.put("ean", "checksum");
            }
        }
        if (change.name() == null || change.name().isBlank()) {
            errors.put("name", "required");
        } else if (change.name().strip().length() > 200) {
            errors.put("name", "too-long");
        }
        if (change.kind() == null) {
            errors.put("kind", "required");
        }
        if (change.kind() == OrganisationKind.MUNICIPALITY) {
            if (change.municipalityCode() == null) {
                errors.put("municipalityCode", "required");
            } else if (change.municipalityCode() < 101 || change.municipalityCode() > 999) {
                errors.put("municipalityCode", "range");
            }
        } else if (change.municipalityCode() != null) {
            errors.put("municipalityCode", "only-for-municipality");
        }
        if (change.region() != null && change.region().strip().length() > 100) {
            errors.put("region", "too-long");
        }
        if (change.population() != null) {
            if (change.population() < 0) {
                errors.put("population", "negative");
            }
            if (change.manualSizeTier() != null) {
                errors.put("manualSizeTier", "population-known");
            }
        }
        if ((change.joined() == null) != (change.status() == null)) {
            errors.put(change.joined() == null ? "joined" : "status", "required-with-membership");
        } else if (change.joined() != null) {
            if (change.joined().isBefore(EARLIEST_JOIN)) {
                errors.put("joined", "before-founding");
            } else if (change.joined().isAfter(today.plusYears(1))) {
                errors.put("joined", "too-far-ahead");
            }
        }
        return errors;
    }

    /** @return the size tier: from the population where known, else the manual tier (may be null) */
    public static SizeTier sizeTier(Long population, SizeTier manualTier) {
        return population != null ? SizeTier.forPopulation(population) : manualTier;
    }

    /** @return the membership the change describes, or null */
    public static Membership membership(OrganisationChange change) {
        return change.joined() == null ? null : new Membership(change.joined(), change.status());
    }

    /** @return the change with text fields trimmed and blank optional text as null */
    public static OrganisationChange normalise(OrganisationChange change) {
        return new OrganisationChange(
                trim(change.cvr()),
                blankToNull(change.ean()),
                trim(change.name()),
                change.kind(),
                change.municipalityCode(),
                blankToNull(change.region()),
                change.population(),
                change.manualSizeTier(),
                change.joined(),
                change.status());
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
