package eu.os2.platform.onboarding.internal.assessment;

import static eu.os2.platform.onboarding.internal.Inputs.trim;

import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.onboarding.internal.model.Catalogue;
import eu.os2.platform.onboarding.internal.model.Criterion;
import eu.os2.platform.onboarding.internal.model.Limits;
import eu.os2.platform.onboarding.internal.model.Mark;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The shape and length of what the workflow stores — marks, traffic lights, notes — checked before the database. */
final class AssessmentChecks {

    static final Set<String> LIGHTS = Set.of("GREEN", "YELLOW", "RED");

    private AssessmentChecks() {}

    /**
     * @return the marks by code, tidied (explanation stripped, blank evidence left out)
     * @throws ValidationException {@code marks: unknown-criterion}, {@code marks.<code>.explanation:
     *     too-long}, {@code marks.<code>.evidence: too-many | too-long}
     */
    static Map<String, Mark> marks(Catalogue catalogue, List<Mark> marks) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Mark> byCode = new HashMap<>();
        for (Mark m : marks == null ? List.<Mark>of() : marks) {
            if (m == null || m.code() == null || catalogue.criterion(m.code()).isEmpty()) {
                errors.put("marks", "unknown-criterion");
                continue;
            }
            if (Limits.tooLong(trim(m.explanation()), Limits.TEXT)) {
                errors.put("marks." + m.code() + ".explanation", "too-long");
            }
            List<String> evidence = m.evidence().stream()
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .filter(e -> !e.isEmpty())
                    .toList();
            if (evidence.size() > Limits.EVIDENCE) {
                errors.put("marks." + m.code() + ".evidence", "too-many");
            } else if (evidence.stream().anyMatch(e -> e.length() > Limits.LINK)) {
                errors.put("marks." + m.code() + ".evidence", "too-long");
            }
            byCode.put(m.code(), new Mark(m.code(), m.status(), trim(m.explanation()), evidence));
        }
        ValidationException.throwIfAny(errors);
        return byCode;
    }

    /** @throws ValidationException {@code lights.<theme>: required} for a theme without a light, {@code lights: unknown-theme} */
    static void lights(Catalogue catalogue, Map<String, String> lights) {
        Set<String> themes = catalogue.criteria().stream().map(Criterion::theme).collect(Collectors.toSet());
        Map<String, String> errors = new LinkedHashMap<>();
        for (String theme : themes) {
            if (lights == null || lights.get(theme) == null || !LIGHTS.contains(lights.get(theme))) {
                errors.put("lights." + theme, "required");
            }
        }
        if (lights != null && !themes.containsAll(lights.keySet())) {
            errors.put("lights", "unknown-theme");
        }
        ValidationException.throwIfAny(errors);
    }

    /** @throws ValidationException {@code <field>: too-long} past {@link Limits#NOTE} characters */
    static void note(String field, String note) {
        if (Limits.tooLong(trim(note), Limits.NOTE)) {
            throw new ValidationException(Map.of(field, "too-long"));
        }
    }
}
