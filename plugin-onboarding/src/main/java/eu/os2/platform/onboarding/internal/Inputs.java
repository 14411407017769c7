package eu.os2.platform.onboarding.internal;

import java.util.List;

/** How the plugin tidies what people type: blank is absent, lists without blanks and repeats. */
public final class Inputs {

    private Inputs() {}

    /** @return the text stripped, or null when blank */
    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** @return the ids without repeats; null is empty */
    public static List<Long> ids(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    /** @return the values stripped, on one line, without blanks and repeats; null is empty */
    public static List<String> strings(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(v -> v.strip().replace('\n', ' '))
                        .distinct()
                        .toList();
    }
}
